package org.fyptracker.indicators.seeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.bson.Document;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.indicators.IndicatorDefined;
import org.fyptracker.contracts.plans.Baseline;
import org.fyptracker.contracts.plans.BaselineFlag;
import org.fyptracker.contracts.plans.Indicator;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.LinkRelation;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.plans.PlanImported;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;
import org.fyptracker.platform.events.CloudEventKafkaConverter;
import org.fyptracker.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Indicators seeded from a PlanImported event on the real plans topic: each row defined once with its
 * typed target, a district's rows owned by the district government, even when the event comes twice.
 */
@SpringBootTest
@RealInfrastructure
class IndicatorsFromPlansIT {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    CloudEventKafkaConverter converter;
    @Autowired
    MongoTemplate mongo;

    static Indicator row(String code, int n, String name, String unit, String baseline, TypedTarget target) {
        return new Indicator(code, n, null, "经济发展", name, null, unit,
                new Baseline(baseline, new BigDecimal(baseline), Set.of(BaselineFlag.PRELIMINARY)), "4000以上", "",
                IndicatorAttribute.EXPECTED, target, 300 + n, null);
    }

    @Test
    void every_row_of_a_district_plan_becomes_an_indicator_of_the_district_government_once() throws Exception {
        Plan gulou = new Plan("GL-15", "FZ-15", "福州市鼓楼区国民经济和社会发展 第十五个五年规划纲要", null, List.of(), List.of(),
                List.of(), List.of(), List.of(
                        row("GL-15.I01", 1, "地区生产总值", "亿元", "3368.43",
                                new TypedTarget.AtLeast(new BigDecimal("4000"), true)),
                        row("GL-15.I11", 11, "居民人均可支配收入增长", "%", "4.5",
                                new TypedTarget.Linked(LinkRelation.SAME_AS, "GL-15.I01", "经济增长", null, Qualifier.ABOUT))),
                List.of(), List.of(), List.of(), List.of());
        PlanImported imported = new PlanImported("GL-15", "sha", gulou,
                Provenance.system(Instant.parse("2026-01-22T00:00:00Z"), "plan-seeding"));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 2; i++) {
                producer.send(converter.createKafkaMessage(GenericEventMessage.asEventMessage(imported),
                        "fyp.plans.events.v1")).get();
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(definitions("GL-15.I01")).isEqualTo(1);
            assertThat(definitions("GL-15.I11")).isEqualTo(1);
        });
        Thread.sleep(1000); // the second delivery has been handled by now and must have added nothing
        assertThat(definitions("GL-15.I01")).isEqualTo(1);
        String stored = mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", "GL-15.I01"))
                .first().getString("serializedPayload");
        assertThat(stored).contains("地区生产总值").contains("gl-gov").contains("AtLeast");
    }

    private long definitions(String code) {
        return mongo.getCollection("domainevents").countDocuments(new Document("aggregateIdentifier", code)
                .append("payloadType", IndicatorDefined.class.getName()));
    }
}
