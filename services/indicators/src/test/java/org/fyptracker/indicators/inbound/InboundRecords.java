package org.fyptracker.indicators.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** What the inbound tests share: a GL-15 row defined over REST, records as a department system writes them, the store. */
final class InboundRecords {

    private InboundRecords() {
    }

    /**
     * GL-15 row 1 地区生产总值（GDP） 3368.43 → 4000以上, reported by 鼓楼区统计局 (gl-stats), under {@code code}: a
     * code no plan has, since the other test contexts of the JVM publish the plans' rows on the same events topic.
     */
    static void defineGdp(int port, String code, String adminToken) {
        int status = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
                .build()
                .post().uri("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    h.set("Idempotency-Key", "define-" + code);
                    if (adminToken != null) {
                        h.setBearerAuth(adminToken);
                    }
                })
                .body("""
                        {"code":"%s","category":"经济发展","name":"地区生产总值（GDP）","unit":"亿元","attribute":"EXPECTED",
                         "baseline":{"raw":"3368.43","value":3368.43},"targetText":"4000以上",
                         "target":{"type":"AtLeast","value":4000,"inclusive":true},"responsibleDepartments":["gl-stats"]}"""
                        .formatted(code).getBytes(StandardCharsets.UTF_8))
                .retrieve().toBodilessEntity().getStatusCode().value();
        assertThat(status).as("defining " + code).isEqualTo(201);
    }

    static String record(String key, String code, String body) {
        return "{\"operation\":\"RECORD_OBSERVATION\",\"idempotencyKey\":\"" + key + "\",\"code\":\"" + code
                + "\",\"body\":" + body + "}";
    }

    static String revise(String key, String code, String period, String body) {
        return "{\"operation\":\"REVISE_OBSERVATION\",\"idempotencyKey\":\"" + key + "\",\"code\":\"" + code
                + "\",\"period\":\"" + period + "\",\"body\":" + body + "}";
    }

    /** Events stored for the indicator, its definition included. */
    static long storedEvents(MongoTemplate mongo, String code) {
        return mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", code));
    }
}
