package org.fyptracker.tracking.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.indicators.IndicatorDefined;
import org.fyptracker.contracts.indicators.IndicatorEvent;
import org.fyptracker.contracts.indicators.ObservationKind;
import org.fyptracker.contracts.indicators.ObservationRecorded;
import org.fyptracker.contracts.indicators.ObservationRevised;
import org.fyptracker.contracts.indicators.TargetAssigned;
import org.fyptracker.contracts.plans.Baseline;
import org.fyptracker.contracts.plans.BaselineFlag;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.LinkRelation;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;
import org.fyptracker.platform.events.CloudEventKafkaConverter;
import org.fyptracker.testkit.TopicWriter;
import org.fyptracker.testkit.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** Indicator evaluations fed by CloudEvents on a real Kafka topic, read model in a real MongoDB-wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class IndicatorViewProjectionIT {

    private static final String TOPIC = "fyp.indicators.events.v1";
    private static final Provenance WHO = new Provenance("fz-stats", "client-1", Instant.parse("2027-02-10T02:00:00Z"), null);

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    CloudEventKafkaConverter converter;
    @Autowired
    ObjectMapper json;

    private TopicWriter topic;
    private RestClient http;

    @BeforeEach
    void setUp() {
        topic = new TopicWriter(bootstrap, converter);
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
    }

    @AfterEach
    void tearDown() {
        topic.close();
    }

    private void publish(IndicatorEvent event, long sequence) throws Exception {
        topic.publish(TOPIC, "Indicator", event, sequence, "e" + sequence + "-" + event.indicatorCode());
    }

    private record Answer(int status, JsonNode body) {
    }

    private Answer get(String path) {
        return http.get().uri(path).exchange((req, res) -> new Answer(res.getStatusCode().value(),
                json.readTree(res.getBody().readAllBytes())));
    }

    private static IndicatorDefined defined(String code, String name, String unit, IndicatorAttribute attribute,
                                            String baseline, TypedTarget target) {
        BigDecimal value = baseline == null ? null : new BigDecimal(baseline);
        Baseline cell = new Baseline(baseline == null ? "" : baseline, value,
                baseline == null ? Set.of(BaselineFlag.PENDING) : Set.of(BaselineFlag.PRELIMINARY));
        return new IndicatorDefined(code, code.substring(0, 5), "经济发展", name, null, unit, attribute, cell, null, null,
                target, List.of("fz-stats"), false, 2030, WHO);
    }

    private static ObservationRecorded observed(String code, String period, String value) {
        return new ObservationRecorded(code, period, new BigDecimal(value), ObservationKind.PRELIMINARY, "市统计局快报",
                false, null, code.substring(0, 5), WHO);
    }

    @Test
    void a_revised_figure_shows_both_values_and_the_evaluation_follows_the_final_one() throws Exception {
        publish(defined("FZ-15.I04", "常住人口城镇化率", "%", IndicatorAttribute.EXPECTED, "74.99",
                new TypedTarget.Absolute(new BigDecimal("76"), "%")), 0);
        publish(observed("FZ-15.I04", "2026", "75.25"), 1);
        ObservationRevised revised = new ObservationRevised("FZ-15.I04", "2026", new BigDecimal("75.25"),
                ObservationKind.PRELIMINARY, new BigDecimal("75.15"), ObservationKind.FINAL, "福州统计年鉴2027", false, null,
                "final statistics replace the preliminary figure", "FZ-15", WHO);
        publish(revised, 2);
        publish(revised, 2); // at-least-once delivery: the same event again

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/v1/tracking/indicators/FZ-15.I04").body().path("history").size()).isEqualTo(3));
        JsonNode view = get("/api/v1/tracking/indicators/FZ-15.I04").body();
        JsonNode figure = view.get("observations").get(0);
        assertThat(figure.get("value").decimalValue()).isEqualByComparingTo("75.15");
        assertThat(figure.get("kind").asText()).isEqualTo("FINAL");
        assertThat(figure.get("replaced").get(0).get("value").decimalValue()).isEqualByComparingTo("75.25");
        assertThat(figure.get("replaced").get(0).get("kind").asText()).isEqualTo("PRELIMINARY");
        assertThat(view.get("years")).hasSize(5);
        JsonNode y2026 = view.get("years").get(0);
        assertThat(y2026.get("status").asText()).isEqualTo("BEHIND");
        assertThat(y2026.get("rule").asText()).isEqualTo("straight-line");
        assertThat(y2026.get("expected").decimalValue()).isEqualByComparingTo("75.192");
        assertThat(y2026.get("observed").decimalValue()).isEqualByComparingTo("75.15");
        assertThat(y2026.get("explanation").asText()).contains("74.99", "75.192", "75.15");
        assertThat(view.get("years").get(1).get("status").asText()).isEqualTo("NO_DATA");
        assertThat(view.get("target").get("type").asText()).isEqualTo("Absolute");

        JsonNode only2026 = get("/api/v1/tracking/indicators/FZ-15.I04?year=2026").body();
        assertThat(only2026.get("years")).hasSize(1);
        assertThat(only2026.get("latest").get("year").asInt()).isEqualTo(2026);
    }

    @Test
    void a_linked_indicator_is_evaluated_against_the_linked_figure_also_across_plans() throws Exception {
        publish(defined("FZ-15.I01", "地区生产总值增长", "%", IndicatorAttribute.EXPECTED, "5.6",
                new TypedTarget.AnnualGrowth(new BigDecimal("5.5"), Qualifier.ABOUT)), 0);
        publish(observed("FZ-15.I01", "2026", "5.6"), 1);
        publish(defined("FZ-15.I12", "居民人均可支配收入增长", "%", IndicatorAttribute.EXPECTED, "4.9",
                new TypedTarget.Linked(LinkRelation.SAME_AS, "FZ-15.I01", "地区生产总值增长", null, Qualifier.EXACT)), 0);
        publish(observed("FZ-15.I12", "2026", "4.9"), 1);
        publish(defined("GL-15.I11", "城镇居民人均可支配收入增长", "%", IndicatorAttribute.EXPECTED, "4.5",
                new TypedTarget.Linked(LinkRelation.SAME_AS, "FZ-15.I01", "经济增长", null, Qualifier.EXACT)), 0);
        publish(observed("GL-15.I11", "2026", "5.4"), 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("/api/v1/tracking/indicators/GL-15.I11").status()).isEqualTo(200);
            assertThat(get("/api/v1/tracking/indicators/FZ-15.I12").body().path("history").size()).isEqualTo(2);
            assertThat(get("/api/v1/tracking/indicators/FZ-15.I01").body().path("history").size()).isEqualTo(2);
        });
        JsonNode income = get("/api/v1/tracking/indicators/FZ-15.I12?year=2026").body().get("years").get(0);
        assertThat(income.get("status").asText()).isEqualTo("BEHIND");
        assertThat(income.get("rule").asText()).isEqualTo("linked-same-as");
        assertThat(income.get("expected").decimalValue()).isEqualByComparingTo("5.6");
        JsonNode gulou = get("/api/v1/tracking/indicators/GL-15.I11?year=2026").body();
        assertThat(gulou.get("linkedIndicator").asText()).isEqualTo("FZ-15.I01");
        assertThat(gulou.get("years").get(0).get("status").asText()).isEqualTo("ON_TRACK");
    }

    @Test
    void a_plan_lists_its_indicators_with_statuses_and_alarms() throws Exception {
        publish(defined("FZ-15.I23", "森林覆盖率", "%", IndicatorAttribute.BINDING, null,
                new TypedTarget.AssignedByHigherLevel("省", "完成省下达指标")), 0);
        publish(observed("FZ-15.I23", "2026", "57.9"), 1);
        publish(defined("FZ-15.I13", "劳动年龄人口平均受教育年限", "年", IndicatorAttribute.BINDING, "12.7",
                new TypedTarget.Absolute(new BigDecimal("13.0"), "年")), 0);
        publish(observed("FZ-15.I13", "2026", "12.72"), 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/v1/tracking/indicators/FZ-15.I13").body().path("history").size()).isEqualTo(2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/v1/tracking/indicators/FZ-15.I23").body().path("history").size()).isEqualTo(2));
        JsonNode forest = get("/api/v1/tracking/indicators/FZ-15.I23?year=2026").body();
        assertThat(forest.get("years").get(0).get("status").asText()).isEqualTo("PENDING_ASSIGNMENT");

        publish(new TargetAssigned("FZ-15.I23", new TypedTarget.AtLeast(new BigDecimal("58.1"), true), "闽政〔2026〕12号",
                "FZ-15", WHO), 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get("/api/v1/tracking/indicators/FZ-15.I23?year=2026").body().get("years").get(0)
                        .get("status").asText()).isEqualTo("BEHIND"));
        JsonNode assigned = get("/api/v1/tracking/indicators/FZ-15.I23").body();
        assertThat(assigned.get("alarm").asBoolean()).isTrue();
        assertThat(assigned.get("targetChanges").get(0).get("reference").asText()).isEqualTo("闽政〔2026〕12号");
        assertThat(assigned.get("plannedTarget").get("type").asText()).isEqualTo("AssignedByHigherLevel");

        JsonNode list = get("/api/v1/tracking/indicators?plan=FZ-15&year=2026").body();
        assertThat(list.get("items").findValuesAsText("code")).contains("FZ-15.I13", "FZ-15.I23");
        assertThat(list.get("summary").get("alarms").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode schooling = list.get("items").findParents("code").stream()
                .filter(n -> "FZ-15.I13".equals(n.get("code").asText())).findFirst().orElseThrow();
        assertThat(schooling.get("latest").get("status").asText()).isEqualTo("OFF_TRACK");
        assertThat(schooling.get("latest").get("alarm").asBoolean()).isTrue();
    }

    @Test
    void bad_questions_get_problems_naming_the_rule() {
        Answer outside = get("/api/v1/tracking/indicators/FZ-15.I04?year=2035");
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.body().get("rule").asText()).isEqualTo("year-within-plan");
        Answer unknown = get("/api/v1/tracking/indicators/FZ-15.I77");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("rule").asText()).isEqualTo("unknown-indicator");
        Answer badPlan = get("/api/v1/tracking/indicators?plan=" + UUID.randomUUID());
        assertThat(badPlan.status()).isEqualTo(422);
    }
}
