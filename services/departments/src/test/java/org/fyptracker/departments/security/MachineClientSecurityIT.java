package org.fyptracker.departments.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.fyptracker.departments.LiveDepartmentsService;
import org.fyptracker.departments.DepartmentsApi.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;

/**
 * The departments service as an OAuth2 authorization server, over a real Kafka broker and a real
 * MongoDB-wire server: client credentials in, JWT out, rotation and revocation biting at once, and no
 * client secret in clear anywhere it stores or publishes.
 */
@ExtendWith(OutputCaptureExtension.class)
class MachineClientSecurityIT extends LiveDepartmentsService {

    private static final String TOPIC = "fyp.departments.events.v1";

    private KafkaConsumer<String, CloudEvent> consumer;

    @BeforeEach
    void setUp() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new CloudEventDeserializer());
        consumer.subscribe(List.of(TOPIC));
    }

    @AfterEach
    void tearDown() {
        consumer.close();
    }

    private Answer call(String method, String path, String bearer, String body) {
        return api.call(method, path, bearer, body);
    }

    private Answer token(String clientId, String secret) {
        return api.token(clientId, secret);
    }

    private String accessToken(String clientId, String secret) {
        return api.accessToken(clientId, secret);
    }

    private JsonNode demoClient(String clientId) throws Exception {
        return api.demoClient(clientId);
    }

    private String adminToken() throws Exception {
        return api.demoToken("demo-admin");
    }

    private JsonNode claims(String jwt) throws Exception {
        return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    @Test
    void demo_clients_are_written_once_readable_only_by_the_user() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DEMO_FILE))).isEqualTo("rw-------");
        JsonNode clients = json.readTree(DEMO_FILE.toFile());
        assertThat(clients).hasSize(4);
        List<String> reportDepartments = new ArrayList<>();
        for (JsonNode client : clients) {
            assertThat(client.fieldNames()).toIterable().containsExactlyInAnyOrder("clientId", "clientSecret", "department", "scopes");
            if (client.get("scopes").toString().contains("report")) {
                reportDepartments.add(client.get("department").asText());
            }
        }
        assertThat(reportDepartments).containsExactlyInAnyOrder("fz-transport", "gl-gov");
    }

    @Test
    void a_token_carries_department_scope_and_client_id_for_five_minutes_signed_with_a_published_key() throws Exception {
        JsonNode report = demoClient("demo-report-gl-gov");
        Answer answer = token("demo-report-gl-gov", report.get("clientSecret").asText());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(answer.body().get("expires_in").asLong()).isBetween(299L, 300L);
        String jwt = answer.body().get("access_token").asText();
        JsonNode claims = claims(jwt);
        assertThat(claims.get("department").asText()).isEqualTo("gl-gov");
        assertThat(claims.get("scope").asText()).isEqualTo("report");
        assertThat(claims.get("client_id").asText()).isEqualTo("demo-report-gl-gov");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300L);

        String keyId = json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0])).get("kid").asText();
        JsonNode jwks = call("GET", "/oauth2/jwks", null, null).body();
        assertThat(jwks.get("keys").findValuesAsText("kid")).contains(keyId);
        assertThat(jwks.toString()).doesNotContain("\"d\"", "\"p\"", "\"q\""); // public parts only
    }

    @Test
    void issuing_a_token_costs_one_bcrypt_check() throws Exception {
        String secret = demoClient("demo-supervise").get("clientSecret").asText();
        int rounds = 20;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            assertThat(token("demo-supervise", secret).status()).isEqualTo(200);
        }
        long perTokenMillis = (System.nanoTime() - started) / 1_000_000 / rounds;
        System.out.println("MEASURED token endpoint: " + rounds + " sequential tokens, " + perTokenMillis + " ms each");
        assertThat(perTokenMillis).isLessThan(1000);
    }

    @Test
    void scopes_decide_who_may_write_and_read() throws Exception {
        String report = accessToken("demo-report-gl-gov", demoClient("demo-report-gl-gov").get("clientSecret").asText());
        String supervise = accessToken("demo-supervise", demoClient("demo-supervise").get("clientSecret").asText());
        String admin = adminToken();
        String body = "{\"code\":\"gl-x-" + shortId() + "\",\"name\":\"鼓楼区测试局\",\"kind\":\"OTHER\",\"parent\":\"gl-gov\"}";

        assertThat(call("GET", "/api/v1/departments", null, null).status()).isEqualTo(200);
        Answer anonymous = call("POST", "/api/v1/departments", null, body);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().get("rule").asText()).isEqualTo("authentication-required");
        assertThat(anonymous.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(call("POST", "/api/v1/departments", "not-a-token", body).body().get("rule").asText()).isEqualTo("invalid-token");
        assertThat(call("POST", "/api/v1/departments", report, body).status()).isEqualTo(403);
        assertThat(call("POST", "/api/v1/departments", supervise, body).status()).isEqualTo(403);
        assertThat(call("POST", "/api/v1/departments", admin, body).status()).isEqualTo(201);

        assertThat(call("GET", "/api/v1/departments/fz-drc/activity", supervise, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/departments/gl-gov/activity", report, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/departments/fz-drc/activity", report, null).status()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/admin/departments/clients", supervise, null).status()).isEqualTo(403);
    }

    @Test
    void a_rotated_secret_and_a_revoked_client_are_refused_and_no_secret_is_stored_published_or_logged_in_clear(
            CapturedOutput log) throws Exception {
        String admin = adminToken();
        String clientId = "gl-gov-it-" + shortId();
        Answer registered = call("POST", "/api/v1/admin/departments/clients", admin,
                "{\"clientId\":\"" + clientId + "\",\"department\":\"gl-gov\",\"scopes\":[\"report\"]}");
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.headers().getCacheControl()).isEqualTo("no-store");
        String firstSecret = registered.body().get("clientSecret").asText();

        String token = accessToken(clientId, firstSecret);
        assertThat(call("GET", "/api/v1/departments/gl-gov/activity", token, null).status()).isEqualTo(200);

        Answer rotated = call("POST", "/api/v1/admin/departments/clients/" + clientId + "/rotate-secret", admin, null);
        assertThat(rotated.status()).isEqualTo(200);
        String secondSecret = rotated.body().get("clientSecret").asText();
        assertThat(token(clientId, firstSecret).status()).isEqualTo(401);
        String newToken = accessToken(clientId, secondSecret);

        Answer revoked = call("POST", "/api/v1/admin/departments/clients/" + clientId + "/revoke", admin,
                "{\"reason\":\"系统下线\"}");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(token(clientId, secondSecret).status()).isEqualTo(401);
        Answer withRevokedToken = call("GET", "/api/v1/departments/gl-gov/activity", newToken, null);
        assertThat(withRevokedToken.status()).isEqualTo(401);
        assertThat(withRevokedToken.body().get("detail").asText()).contains("revoked");

        List<CloudEvent> events = eventsOf(clientId, 3);
        assertThat(events).extracting(CloudEvent::getType).containsExactly(
                "org.fyptracker.departments.ClientRegistered.v1",
                "org.fyptracker.departments.ClientSecretRotated.v1",
                "org.fyptracker.departments.ClientRevoked.v1");
        assertThat(events.get(0).getExtension("department")).isEqualTo("fz-drc"); // who did it: the admin
        for (CloudEvent event : events) {
            String data = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
            assertThat(data).doesNotContain(firstSecret, secondSecret);
        }
        assertThat(new String(events.get(0).getData().toBytes(), StandardCharsets.UTF_8)).contains("{bcrypt}$2a$");
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                assertThat(document.toJson()).as(collection).doesNotContain(firstSecret, secondSecret);
            }
        }
        assertThat(log.getAll()).doesNotContain(firstSecret, secondSecret);
    }

    @Test
    void a_department_lists_what_it_did_in_order() throws Exception {
        String admin = adminToken();
        String code = "gl-a-" + shortId();
        assertThat(call("POST", "/api/v1/departments", admin,
                "{\"code\":\"" + code + "\",\"name\":\"鼓楼区甲局\",\"kind\":\"OTHER\",\"parent\":\"gl-gov\"}").status()).isEqualTo(201);
        assertThat(call("PUT", "/api/v1/departments/" + code + "/name", admin,
                "{\"name\":\"鼓楼区乙局\",\"reason\":\"更名\"}").status()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/departments/" + code + "/dissolve", admin,
                "{\"reason\":\"撤销\"}").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode activity = call("GET", "/api/v1/departments/fz-drc/activity?limit=1000", admin, null).body();
            List<String> types = new ArrayList<>();
            activity.forEach(entry -> {
                if (code.equals(entry.get("subject").asText())) {
                    types.add(entry.get("type").asText());
                    assertThat(entry.get("client").asText()).isEqualTo("demo-admin");
                }
            });
            assertThat(types).containsExactly(
                    "org.fyptracker.departments.DepartmentRegistered.v1",
                    "org.fyptracker.departments.DepartmentRenamed.v1",
                    "org.fyptracker.departments.DepartmentDissolved.v1");
        });
        JsonNode department = call("GET", "/api/v1/departments/" + code, null, null).body();
        assertThat(department.get("name").asText()).isEqualTo("鼓楼区乙局");
        assertThat(department.get("status").asText()).isEqualTo("DISSOLVED");
    }

    @Test
    void a_merge_moves_the_merged_departments_to_their_successor() throws Exception {
        String admin = adminToken();
        String a = "gl-m1-" + shortId();
        String b = "gl-m2-" + shortId();
        for (String code : List.of(a, b)) {
            assertThat(call("POST", "/api/v1/departments", admin,
                    "{\"code\":\"" + code + "\",\"name\":\"鼓楼区某局\",\"kind\":\"OTHER\"}").status()).isEqualTo(201);
        }
        Answer merged = call("POST", "/api/v1/departments/merges", admin,
                "{\"successor\":\"gl-gov\",\"merged\":[\"" + a + "\",\"" + b + "\"],\"reason\":\"机构改革方案\"}");
        assertThat(merged.status()).isEqualTo(200);
        Answer again = call("POST", "/api/v1/departments/merges", admin,
                "{\"successor\":\"gl-gov\",\"merged\":[\"" + a + "\"],\"reason\":\"再次\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asText()).isEqualTo("department-not-active");
        Answer unknownSuccessor = call("POST", "/api/v1/departments/merges", admin,
                "{\"successor\":\"no-such\",\"merged\":[\"gl-gov\"],\"reason\":\"x\"}");
        assertThat(unknownSuccessor.status()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode first = call("GET", "/api/v1/departments/" + a, null, null).body();
            assertThat(first.get("status").asText()).isEqualTo("MERGED");
            assertThat(first.get("successor").asText()).isEqualTo("gl-gov");
        });
    }

    @Test
    void rotating_the_signing_key_keeps_tokens_of_the_old_key_valid() throws Exception {
        String admin = adminToken();
        String oldKeyId = json.readTree(Base64.getUrlDecoder().decode(admin.split("\\.")[0])).get("kid").asText();
        Answer rotated = call("POST", "/api/v1/admin/departments/signing-keys/rotate", admin, null);
        assertThat(rotated.status()).isEqualTo(200);
        String newKeyId = rotated.body().get("keyId").asText();

        String fresh = adminToken();
        assertThat(json.readTree(Base64.getUrlDecoder().decode(fresh.split("\\.")[0])).get("kid").asText()).isEqualTo(newKeyId);
        assertThat(call("GET", "/oauth2/jwks", null, null).body().get("keys").findValuesAsText("kid"))
                .contains(oldKeyId, newKeyId);
        assertThat(call("GET", "/api/v1/admin/departments/clients", admin, null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/admin/departments/clients", fresh, null).status()).isEqualTo(200);
        for (Document key : mongo.getCollection("signing_keys").find()) {
            assertThat(key.keySet()).doesNotContain("privateKey", "d");
        }
    }

    private List<CloudEvent> eventsOf(String subject, int atLeast) {
        List<CloudEvent> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofMillis(200))) {
                if (subject.equals(record.key())) {
                    seen.add(record.value());
                }
            }
            assertThat(seen).hasSizeGreaterThanOrEqualTo(atLeast);
        });
        return seen;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
