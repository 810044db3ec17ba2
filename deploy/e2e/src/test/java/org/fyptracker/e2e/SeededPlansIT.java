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
        // A data directory per run (the observations recorded below cannot be recorded twice) and a private copy
        // of the jars, so a build in this checkout while the stack runs cannot pull classes from under it.
        stack = new LocalStack("seeded-" + Long.toString(System.currentTimeMillis(), 36)).isolate();
        System.out.printf("e2e: seeded stack healthy after %d ms%n", stack.up());
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.down();
            stack.discardIsolatedJars();
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

    /**
     * One 2026 figure for a FZ-15 indicator, and what the evaluation must say of it (docs/indicators.md): the
     * status, the rule, and the expected value the rule computes from the plan's 2025 baseline and 2030 target
     * (null where the rule has no number).
     */
    record Figure(String code, String value, String status, String rule, String expected) {
    }

    /** Every indicator of FZ-15's table (26: row 14 is two), a value per row chosen to give a known status. */
    private static final List<Figure> FZ15_2026 = List.of(
            // 年均增长 5.5左右: within 0.5 points of the rate
            new Figure("FZ-15.I01", "5.6", "ON_TRACK", "annual-growth", "5.5"),
            // 5.5左右: 4.6 is short of 5.0 but at least half the rate
            new Figure("FZ-15.I02", "4.6", "BEHIND", "annual-growth", "5.5"),
            // 5.7左右: 2.0 is less than half the rate
            new Figure("FZ-15.I03", "2.0", "OFF_TRACK", "annual-growth", "5.7"),
            // 74.99 -> 76: the line expects 75.192 in 2026 (the preliminary 75.15 below, then the final 75.25)
            new Figure("FZ-15.I04", "75.25", "ON_TRACK", "straight-line", "75.192"),
            // 1545 -> 2160左右: expects 1668
            new Figure("FZ-15.I05", "1700", "ON_TRACK", "straight-line", "1668"),
            // 增速高于地区生产总值增速1个百分点左右: 3800 (2025) -> 4040 is 6.3158 % against 5.6 + 1 (±0.5)
            new Figure("FZ-15.I06", "4040", "ON_TRACK", "linked-above-by", "6.6"),
            // 年均增长 10: 9.8 is short, more than half
            new Figure("FZ-15.I07", "9.8", "BEHIND", "annual-growth", "10"),
            // 18.0 -> 18.9: expects 18.18
            new Figure("FZ-15.I08", "18.3", "ON_TRACK", "straight-line", "18.18"),
            // 年均增长 8.2, no 2025 figure: the rate alone
            new Figure("FZ-15.I09", "8.5", "ON_TRACK", "annual-growth", "8.2"),
            // >40 from 43.45 (2024): already meets the 2030 bound
            new Figure("FZ-15.I10", "44.1", "ACHIEVED", "straight-line", null),
            // [60] 万人 over five years: 13.2 against the pro-rata 12
            new Figure("FZ-15.I11", "13.2", "ON_TRACK", "cumulative-pro-rata", "12"),
            // 与地区生产总值增长同步: 4.9 against 5.6, outside ±0.5, more than half
            new Figure("FZ-15.I12", "4.9", "BEHIND", "linked-same-as", "5.6"),
            // 12.7 -> 13.0, binding: expects 12.76; 12.74 is two thirds of the way, so BEHIND and an alarm
            new Figure("FZ-15.I13", "12.74", "BEHIND", "straight-line", "12.76"),
            // 4.0 -> 4.1: expects 4.02
            new Figure("FZ-15.I14.1", "4.05", "ON_TRACK", "straight-line", "4.02"),
            // 4.5 -> 4.6: 4.4 goes the wrong way
            new Figure("FZ-15.I14.2", "4.4", "OFF_TRACK", "straight-line", "4.52"),
            // [6.1] 百分点 over five years: 1.3 against 1.22
            new Figure("FZ-15.I15", "1.3", "ON_TRACK", "cumulative-pro-rata", "1.22"),
            // 80.25 -> 81: expects 80.4; 80.35 is two thirds of the way
            new Figure("FZ-15.I16", "80.35", "BEHIND", "straight-line", "80.4"),
            // 70 -> 75左右: expects 71
            new Figure("FZ-15.I17", "71.5", "ON_TRACK", "straight-line", "71"),
            // 完成省下达指标: nothing to score until the province assigns the number
            new Figure("FZ-15.I18", "3.0", "PENDING_ASSIGNMENT", "assigned-by-higher-level", null),
            new Figure("FZ-15.I19", "30", "PENDING_ASSIGNMENT", "assigned-by-higher-level", null),
            new Figure("FZ-15.I20", "17.0", "PENDING_ASSIGNMENT", "assigned-by-higher-level", null),
            new Figure("FZ-15.I21", "98.0", "PENDING_ASSIGNMENT", "assigned-by-higher-level", null),
            new Figure("FZ-15.I22", "100", "PENDING_ASSIGNMENT", "assigned-by-higher-level", null),
            new Figure("FZ-15.I23", "58.2", "PENDING_ASSIGNMENT", "assigned-by-higher-level", null),
            new Figure("FZ-15.I24", "48.6", "PENDING_ASSIGNMENT", "assigned-by-higher-level", null),
            new Figure("FZ-15.I25", "2260", "PENDING_ASSIGNMENT", "assigned-by-higher-level", null));

    private static final String REVISED = "FZ-15.I04";

    private static String observation(String period, String value, String kind, String source) {
        return "{\"period\":\"" + period + "\",\"value\":" + value + ",\"kind\":\"" + kind + "\",\"source\":\"" + source
                + "\",\"laggedYear\":false,\"note\":\"e2e\"}";
    }

    /** The 2026 evaluation of every indicator of a plan, by code (the tracking list, with that year only). */
    private static java.util.Map<String, JsonNode> evaluations2026(String plan, String token) throws Exception {
        java.util.Map<String, JsonNode> byCode = new java.util.TreeMap<>();
        for (JsonNode item : get("/api/v1/tracking/indicators?plan=" + plan + "&year=2026&size=100", token).get("items")) {
            byCode.put(item.get("code").asText(), item.get("years").get(0));
        }
        return byCode;
    }

    @Test
    void the_statistics_bureau_reports_2026_for_every_city_indicator_and_each_evaluation_names_its_rule_and_numbers() throws Exception {
        String admin = stack.token("demo-admin");
        String supervisor = stack.token("demo-supervise");
        assertThat(FZ15_2026).extracting(Figure::code).doesNotHaveDuplicates().hasSize(26);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(count(get("/api/v1/tracking/indicators?plan=FZ-15", supervisor))).isEqualTo(26));
        assertThat(evaluations2026("FZ-15", supervisor).keySet()).containsExactlyInAnyOrderElementsOf(
                FZ15_2026.stream().map(Figure::code).toList());

        // The statistics bureau gets a reporting client and, from an admin, the responsibility for every indicator:
        // from then on only it (or an admin) may record their figures.
        int registered = stack.send("POST", "/api/v1/departments",
                "{\"code\":\"fz-stats\",\"name\":\"福州市统计局\",\"kind\":\"CITY_BUREAU\"}", admin).status();
        assertThat(registered).isIn(201, 409);
        LocalStack.Answer client = stack.send("POST", "/api/v1/admin/departments/clients",
                "{\"clientId\":\"fz-stats-reporting\",\"department\":\"fz-stats\",\"scopes\":[\"report\"]}", admin);
        assertThat(client.status()).as("client: " + client.body()).isEqualTo(201);
        String stats = stack.token("fz-stats-reporting", client.body().get("clientSecret").asText());
        for (Figure f : FZ15_2026) {
            LocalStack.Answer assigned = stack.send("PUT", "/api/v1/indicators/" + f.code() + "/responsibility",
                    "{\"departments\":[\"fz-stats\"],\"reason\":\"统计局负责报送主要指标\"}", admin);
            assertThat(assigned.status()).as("responsibility for " + f.code() + ": " + assigned.body()).isEqualTo(200);
        }
        LocalStack.Answer refused = stack.send("POST", "/api/v1/indicators/" + REVISED + "/observations",
                observation("2026", "75.3", "PRELIMINARY", "鼓楼区"), stack.token("demo-report-gl-gov"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.rule()).isEqualTo("responsible-department-only");

        // 海洋生产总值's 2025 cell is empty: its growth needs the 2025 figure, which statistics report later.
        assertThat(stack.send("POST", "/api/v1/indicators/FZ-15.I06/observations",
                observation("2025", "3800", "FINAL", "福州统计年鉴2026"), stats).status()).isEqualTo(201);
        for (Figure f : FZ15_2026) {
            String value = f.code().equals(REVISED) ? "75.15" : f.value();
            LocalStack.Answer recorded = stack.send("POST", "/api/v1/indicators/" + f.code() + "/observations",
                    observation("2026", value, "PRELIMINARY", "福州市统计局快报"), stats);
            assertThat(recorded.status()).as(f.code() + " " + value + ": " + recorded.body()).isEqualTo(201);
        }
        // The district's 人均地区生产总值 is qualitative (力争达到高等发达国家水平): shown, never scored.
        assertThat(stack.send("POST", "/api/v1/indicators/GL-15.I02/observations",
                observation("2026", "51.2", "PRELIMINARY", "鼓楼区统计快报"), admin).status()).isEqualTo(201);

        // The preliminary 75.15 is short of the line's 75.192: BEHIND, until the final figure arrives.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode e = evaluations2026("FZ-15", supervisor).get(REVISED);
            assertThat(e.get("status").asText()).isEqualTo("BEHIND");
            assertThat(e.get("observed").decimalValue()).isEqualByComparingTo("75.15");
        });
        LocalStack.Answer revised = stack.send("POST", "/api/v1/indicators/" + REVISED + "/observations",
                observation("2026", "75.25", "FINAL", "福州统计年鉴2027"), stats);
        assertThat(revised.status()).as("final figure: " + revised.body()).isBetween(200, 201);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            java.util.Map<String, JsonNode> evaluations = evaluations2026("FZ-15", supervisor);
            List<String> wrong = new java.util.ArrayList<>();
            for (Figure f : FZ15_2026) {
                JsonNode e = evaluations.get(f.code());
                String explanation = e.path("explanation").asText();
                boolean scored = !f.status().equals("PENDING_ASSIGNMENT");
                boolean right = e.get("status").asText().equals(f.status()) && e.get("rule").asText().equals(f.rule())
                        && (f.expected() == null || e.path("expected").isNumber()
                            && e.get("expected").decimalValue().compareTo(new java.math.BigDecimal(f.expected())) == 0)
                        && (!scored || e.path("observed").isNumber() && explanation.contains(show(e.get("observed"))))
                        // 高于…1个百分点 names the GDP growth and the points, not their sum
                        && (f.expected() == null || f.rule().equals("linked-above-by") || explanation.contains(f.expected()))
                        && (!f.rule().startsWith("straight-line") && !f.rule().startsWith("cumulative") && !f.rule().equals("annual-growth")
                            || explanation.contains(show(new java.math.BigDecimal(f.value()))));
                if (!right) {
                    wrong.add(f.code() + " " + f.value() + " expected " + f.status() + "/" + f.rule() + "/" + f.expected() + ", got " + e);
                }
            }
            assertThat(wrong).as("evaluations that differ from the rules of docs/indicators.md").isEmpty();
        });
        java.util.Map<String, JsonNode> evaluations = evaluations2026("FZ-15", supervisor);
        assertThat(evaluations.get("FZ-15.I13").get("alarm").asBoolean()).as("binding and BEHIND").isTrue();
        assertThat(evaluations.get("FZ-15.I16").get("alarm").asBoolean()).as("expected (预期性), not binding").isFalse();
        assertThat(evaluations.get("FZ-15.I06").get("observed").decimalValue()).isEqualByComparingTo("6.3158");
        assertThat(evaluations.get("FZ-15.I23").get("explanation").asText()).contains("省");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode qualitative = evaluations2026("GL-15", supervisor).get("GL-15.I02");
            assertThat(qualitative.get("status").asText()).isEqualTo("NOT_SCORED");
            assertThat(qualitative.get("rule").asText()).isEqualTo("qualitative");
            assertThat(qualitative.get("observed").decimalValue()).isEqualByComparingTo("51.2");
            assertThat(qualitative.get("explanation").asText()).contains("力争达到高等发达国家水平");
        });

        // The revised indicator: the final figure is current, the preliminary one is in its history, and the
        // 2026 evaluation is recomputed from the final figure.
        JsonNode urbanisation = get("/api/v1/tracking/indicators/" + REVISED, supervisor);
        JsonNode figure2026 = StreamSupport.stream(urbanisation.get("observations").spliterator(), false)
                .filter(o -> o.get("period").asText().equals("2026")).findFirst().orElseThrow();
        assertThat(figure2026.get("value").decimalValue()).isEqualByComparingTo("75.25");
        assertThat(figure2026.get("kind").asText()).isEqualTo("FINAL");
        assertThat(figure2026.get("department").asText()).isEqualTo("fz-stats");
        assertThat(figure2026.get("replaced")).hasSize(1);
        assertThat(figure2026.get("replaced").get(0).get("value").decimalValue()).isEqualByComparingTo("75.15");
        assertThat(figure2026.get("replaced").get(0).get("kind").asText()).isEqualTo("PRELIMINARY");
        List<JsonNode> figures = StreamSupport.stream(urbanisation.get("history").spliterator(), false)
                .filter(h -> "2026".equals(h.path("period").asText())).toList();
        assertThat(figures).extracting(h -> h.get("type").asText()).containsExactly("ObservationRecorded", "ObservationRevised");
        assertThat(figures.get(0).get("value").decimalValue()).isEqualByComparingTo("75.15");
        assertThat(figures.get(0).get("kind").asText()).isEqualTo("PRELIMINARY");
        assertThat(figures.get(1).get("value").decimalValue()).isEqualByComparingTo("75.25");
        assertThat(figures.get(1).get("kind").asText()).isEqualTo("FINAL");
        assertThat(figures.get(1).get("previousValue").decimalValue()).isEqualByComparingTo("75.15");
        assertThat(figures.get(1).get("previousKind").asText()).isEqualTo("PRELIMINARY");
        JsonNode year2026 = StreamSupport.stream(urbanisation.get("years").spliterator(), false)
                .filter(y -> y.get("year").asInt() == 2026).findFirst().orElseThrow();
        assertThat(year2026.get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(year2026.get("observed").decimalValue()).isEqualByComparingTo("75.25");
        assertThat(year2026.get("expected").decimalValue()).isEqualByComparingTo("75.192");
        assertThat(year2026.get("explanation").asText()).contains("74.99", "76", "75.192", "75.25");
    }

    /** A number as the explanations write it: plain, without trailing zeros. */
    private static String show(JsonNode number) {
        return show(number.decimalValue());
    }

    private static String show(java.math.BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
