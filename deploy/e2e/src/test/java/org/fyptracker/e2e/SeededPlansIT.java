package org.fyptracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A freshly started stack holds both plans completely and has seeded the system from them: key
 * projects, indicators and departments, through the gateway.
 */
class SeededPlansIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = new LocalStack("seeded");
        System.out.printf("e2e: seeded stack healthy after %d ms%n", stack.up());
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.down();
        }
    }

    private static JsonNode get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway() + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** How many a list answer holds in all: its total when it is paged, else its items. */
    private static int count(JsonNode list) {
        return list.has("total") ? list.get("total").asInt() : list.get("items").size();
    }

    /** A token of the local stack's demo client with the given scope (deploy/up writes their credentials). */
    private static String token(String scope) throws Exception {
        JsonNode clients = JSON.readTree(Files.readString(stack.dataDir.resolve("demo-clients.json")));
        JsonNode client = StreamSupport.stream(clients.spliterator(), false)
                .filter(c -> c.get("scopes").toString().contains(scope)).findFirst().orElseThrow();
        String basic = Base64.getEncoder().encodeToString((client.get("clientId").asText() + ":"
                + client.get("clientSecret").asText()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    @Test
    void the_city_plan_has_18_parts_chapters_1_to_75_without_a_gap_and_23_boxes_and_the_district_plan_12_and_9() throws Exception {
        JsonNode fz = get("/api/v1/plans/FZ-15", null);
        assertThat(fz.get("parts")).hasSize(18);
        List<Integer> chapters = StreamSupport.stream(fz.get("parts").spliterator(), false)
                .flatMap(p -> StreamSupport.stream(p.get("chapters").spliterator(), false))
                .map(c -> c.get("number").asInt()).toList();
        assertThat(chapters).containsExactlyElementsOf(IntStream.rangeClosed(1, 75).boxed().toList());
        assertThat(fz.get("boxes")).hasSize(23);

        JsonNode gl = get("/api/v1/plans/GL-15", null);
        assertThat(gl.get("parentCode").asText()).isEqualTo("FZ-15");
        assertThat(gl.get("chapters")).hasSize(12);
        assertThat(gl.get("boxes")).hasSize(9);

        for (String plan : List.of("FZ-15", "GL-15")) {
            JsonNode indicators = get("/api/v1/plans/" + plan + "/indicators", null);
            assertThat(indicators).hasSize(plan.equals("FZ-15") ? 26 : 23);
            assertThat(indicators).allSatisfy(i -> assertThat(i.path("target").path("type").asText()).isNotBlank());
        }
    }

    @Test
    void key_projects_indicators_and_departments_are_seeded_from_the_plans_once() throws Exception {
        String supervisor = token("supervise");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(count(get("/api/v1/tracking/projects?size=1", supervisor))).isEqualTo(79);
            assertThat(count(get("/api/v1/tracking/indicators?plan=FZ-15", supervisor))).isEqualTo(26);
            assertThat(count(get("/api/v1/tracking/indicators?plan=GL-15", supervisor))).isEqualTo(23);
        });
        JsonNode departments = get("/api/v1/departments", supervisor);
        assertThat(departments.findValuesAsText("code")).contains("gl-gov", "cl-gov", "fq-gov", "yt-gov");
        assertThat(departments.findValuesAsText("name")).contains("鼓楼区人民政府", "福清市人民政府");

        stack.down();
        stack.up();
        String again = token("supervise");
        Thread.sleep(5000); // the seeding processors have caught up with the plans topic by now, if they replayed
        assertThat(count(get("/api/v1/tracking/projects?size=1", again))).isEqualTo(79);
        assertThat(count(get("/api/v1/tracking/indicators?plan=FZ-15", again))).isEqualTo(26);
    }
}
