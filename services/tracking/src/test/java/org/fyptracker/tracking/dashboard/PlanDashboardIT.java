package org.fyptracker.tracking.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.departments.DepartmentKind;
import org.fyptracker.contracts.departments.DepartmentRegistered;
import org.fyptracker.contracts.indicators.IndicatorDefined;
import org.fyptracker.contracts.indicators.ObservationKind;
import org.fyptracker.contracts.indicators.ObservationRecorded;
import org.fyptracker.contracts.indicators.ObservationRevised;
import org.fyptracker.contracts.plans.Baseline;
import org.fyptracker.contracts.plans.BaselineFlag;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.BoxItem;
import org.fyptracker.contracts.plans.BoxItemKind;
import org.fyptracker.contracts.plans.Chapter;
import org.fyptracker.contracts.plans.Indicator;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.Part;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.plans.PlanImported;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.MilestoneAchieved;
import org.fyptracker.contracts.projects.MilestoneDropped;
import org.fyptracker.contracts.projects.MilestoneOverdue;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.contracts.projects.MilestoneRescheduled;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.contracts.projects.RiskRaised;
import org.fyptracker.contracts.projects.RiskSeverity;
import org.fyptracker.platform.events.CloudEventKafkaConverter;
import org.fyptracker.testkit.RealInfrastructure;
import org.fyptracker.tracking.asof.AsOfCache;
import org.fyptracker.tracking.query.TrackingState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * A scripted year of activity on hand-built FZ-15 (18 parts) and GL-15 (no parts) plans, over real Kafka and a
 * real MongoDB-wire server: the dashboards' totals equal the sums over projects and indicators, the report's
 * figures equal the dashboard's, asOf gives the before and after answers, and a rebuild equals the live models.
 * Other test classes publish to the same topics (one broker per JVM): figures asserted exactly are of part 5
 * and of this run's projects and indicators; plan-wide figures are checked as sums.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanDashboardIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String P1 = "dash-" + RUN + "-1", P2 = "dash-" + RUN + "-2", P3 = "dash-" + RUN + "-3",
            P4 = "dash-" + RUN + "-4", P5 = "dash-" + RUN + "-5";
    /** -Dfyp.it.bulk-projects=2000 for a bigger data set (docs/tracking.md measures asOf on both). */
    private static final int BULK_PROJECTS = Integer.getInteger("fyp.it.bulk-projects", 200);

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    CloudEventKafkaConverter converter;
    @Autowired
    ObjectMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AsOfCache<TrackingState.Snapshot> pastDays;

    private KafkaProducer<String, byte[]> producer;
    private RestClient http;
    private final List<Future<RecordMetadata>> sent = new ArrayList<>();

    private static Provenance at(String instant) {
        return new Provenance("fz-drc", "client-1", Instant.parse(instant), null);
    }

    private void publish(String topic, String type, DomainEvent event, long sequence, String eventId) {
        GenericDomainEventMessage<DomainEvent> message = new GenericDomainEventMessage<>(type, event.aggregateId(), sequence,
                event, Map.of(), eventId, Instant.now());
        sent.add(producer.send(converter.createKafkaMessage(message, topic)));
    }

    private void project(DomainEvent event, long sequence) {
        publish("fyp.projects.events.v1", "KeyProject", event, sequence, event.aggregateId() + "-" + sequence);
    }

    private void indicator(DomainEvent event, long sequence) {
        publish("fyp.indicators.events.v1", "Indicator", event, sequence, event.aggregateId() + "-" + RUN + "-" + sequence);
    }

    private void flush() throws Exception {
        producer.flush();
        for (Future<RecordMetadata> f : sent) {
            f.get();
        }
        sent.clear();
    }

    static Plan fz15() {
        List<Part> parts = IntStream.rangeClosed(1, 18).mapToObj(n -> new Part(n, "FZ-15.P" + String.format("%02d", n),
                "第" + n + "篇", List.of())).toList();
        List<Chapter> chapters = IntStream.rangeClosed(1, 18).mapToObj(n -> new Chapter(n, "FZ-15.C" + String.format("%02d", n),
                "第" + n + "章", n, List.of(), List.of())).toList();
        List<Box> boxes = List.of(
                new Box(5, "FZ-15.B05", "专栏5 交通工程", 5, List.of(
                        new BoxItem(1, "FZ-15.B05.1", "轨道交通工程", "轨道交通工程：…", BoxItemKind.PROGRAMME, null),
                        new BoxItem(2, "FZ-15.B05.2", "港口建设工程", "港口建设工程：…", BoxItemKind.PROGRAMME, null)), List.of()),
                new Box(7, "FZ-15.B07", "专栏7 城市更新", 7, List.of(
                        new BoxItem(1, "FZ-15.B07.1", "城市更新行动", "城市更新行动：…", BoxItemKind.PROGRAMME, null)), List.of()));
        // where the text names the indicators (as the import computes it): I20 in box 5 (part 5) and a section of
        // chapter 16; I05 in part 7's introduction; I11 nowhere
        List<Indicator> indicators = List.of(
                row("FZ-15.I05", 5, "常住人口城镇化率", IndicatorAttribute.EXPECTED, List.of("FZ-15.P07")),
                row("FZ-15.I11", 11, "城镇新增就业人数", IndicatorAttribute.EXPECTED, List.of()),
                row("FZ-15.I20", 20, "城市细颗粒物（PM2.5）浓度", IndicatorAttribute.BINDING, List.of("FZ-15.B05", "FZ-15.C16.S3")));
        return new Plan("FZ-15", null, "福州市国民经济和社会发展第十五个五年规划纲要", null, List.of(), parts, chapters, boxes,
                indicators, List.of(), List.of(), List.of(), List.of());
    }

    private static Indicator row(String code, int number, String name, IndicatorAttribute attribute, List<String> mentionedIn) {
        return new Indicator(code, number, null, "经济发展", name, null, "%", new Baseline("1", BigDecimal.ONE, Set.of()), "2",
                null, attribute, new TypedTarget.Absolute(new BigDecimal("2"), "%"), 290 + number, mentionedIn);
    }

    static Plan gl15() {
        List<Chapter> chapters = IntStream.rangeClosed(1, 4).mapToObj(n -> new Chapter(n, "GL-15.C" + String.format("%02d", n),
                "鼓楼第" + n + "章", null, List.of(), List.of())).toList();
        List<Box> boxes = List.of(new Box(1, "GL-15.B01", "专栏1 城市更新", 1, List.of(
                new BoxItem(1, "GL-15.B01.1", "◆城市更新：", "◆城市更新：省委党校…", BoxItemKind.DIRECTION, null)), List.of()));
        return new Plan("GL-15", "FZ-15", "福州市鼓楼区国民经济和社会发展第十五个五年规划纲要", null, List.of(), List.of(), chapters,
                boxes, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static IndicatorDefined defined(String code, String name, String unit, IndicatorAttribute attribute, String baseline,
                                            TypedTarget target, List<String> departments) {
        BigDecimal value = baseline == null ? null : new BigDecimal(baseline);
        return new IndicatorDefined(code, code.substring(0, 5), "经济发展", name, null, unit, attribute,
                new Baseline(baseline == null ? "-" : baseline, value, baseline == null ? Set.of(BaselineFlag.PENDING) : Set.of()),
                null, null, target, departments, false, 2030, at("2026-01-05T02:00:00Z"));
    }

    private static ObservationRecorded observed(String code, String value, String recordedAt) {
        return new ObservationRecorded(code, "2026", new BigDecimal(value), ObservationKind.PRELIMINARY, "市统计局快报", false, null,
                code.substring(0, 5), at(recordedAt));
    }

    @BeforeAll
    void a_scripted_year() throws Exception {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "linger.ms", "5"), new StringSerializer(),
                new ByteArraySerializer());
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();

        for (Plan plan : List.of(fz15(), gl15())) {
            publish("fyp.plans.events.v1", "PlanOutline", new PlanImported(plan.code(), "sha-" + RUN, plan,
                    at("2025-12-20T02:00:00Z")), 0, "plan-" + plan.code() + "-" + RUN);
        }
        Provenance registry = at("2025-12-21T02:00:00Z");
        List.of(new DepartmentRegistered("gulou-district", "鼓楼区人民政府", DepartmentKind.DISTRICT_GOVERNMENT, null, registry),
                        new DepartmentRegistered("fz-transport", "福州市交通运输局", DepartmentKind.CITY_BUREAU, null, registry),
                        new DepartmentRegistered("fz-env", "福州市生态环境局", DepartmentKind.CITY_BUREAU, null, registry))
                .forEach(d -> publish("fyp.departments.events.v1", "Department", d, 0, "dept-" + d.code() + "-" + RUN));

        // P1: part 5, box 5 — one milestone achieved on time, one overdue, one next year
        project(new KeyProjectRegistered(P1, "轨道交通工程", "FZ-15.B05.1", "FZ-15", ProjectKind.PROGRAMME, "fz-transport",
                List.of(), "福州市", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), new BigDecimal("35.5"),
                at("2026-01-10T02:00:00Z")), 0);
        project(new MilestonePlanned(P1, "m1", "一期开工", LocalDate.of(2026, 6, 30), 1, "FZ-15", at("2026-01-11T02:00:00Z")), 1);
        project(new MilestonePlanned(P1, "m2", "主体完工", LocalDate.of(2026, 9, 30), 1, "FZ-15", at("2026-01-11T02:00:00Z")), 2);
        project(new MilestonePlanned(P1, "m3", "通车", LocalDate.of(2027, 6, 30), 1, "FZ-15", at("2026-01-11T02:00:00Z")), 3);
        project(new MilestoneAchieved(P1, "m1", "r1", LocalDate.of(2026, 6, 20), "开工", "FZ-15", at("2026-06-20T02:00:00Z")), 4);
        project(new MilestoneProgressReported(P1, "m2", "r2", 40, new BigDecimal("3.2"), "完成招标", null, List.of(),
                LocalDate.of(2026, 8, 1), "FZ-15", at("2026-08-01T02:00:00Z")), 5);
        project(new MilestoneOverdue(P1, "m2", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1), "FZ-15",
                at("2026-10-01T02:00:00Z")), 6);
        // P2: part 5, no lead, its 2026 milestone rescheduled into 2027
        project(new KeyProjectRegistered(P2, "港口建设工程", "FZ-15.B05.2", "FZ-15", ProjectKind.PROGRAMME, null, List.of(),
                null, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), null, at("2026-01-10T02:00:00Z")), 0);
        project(new MilestonePlanned(P2, "m1", "码头开工", LocalDate.of(2026, 12, 31), 1, "FZ-15", at("2026-01-12T02:00:00Z")), 1);
        project(new MilestoneRescheduled(P2, "m1", LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 31), "征地延迟", "FZ-15",
                at("2026-11-10T02:00:00Z")), 2);
        // P3: part 6 (chapter-level reference), achieved late, an open high risk
        project(new KeyProjectRegistered(P3, "生态修复工程", "FZ-15.C06", "FZ-15", ProjectKind.PROGRAMME, "fz-env",
                List.of("fz-transport"), null, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), null,
                at("2026-01-10T02:00:00Z")), 0);
        project(new MilestonePlanned(P3, "m1", "方案批复", LocalDate.of(2026, 8, 31), 1, "FZ-15", at("2026-01-12T02:00:00Z")), 1);
        project(new RiskRaised(P3, "k1", RiskSeverity.HIGH, "资金缺口", LocalDate.of(2026, 7, 1), "FZ-15",
                at("2026-07-01T02:00:00Z")), 2);
        project(new MilestoneAchieved(P3, "m1", "r1", LocalDate.of(2026, 9, 10), null, "FZ-15", at("2026-09-10T02:00:00Z")), 3);
        // P4, P5: GL-15, led by the district government
        project(new KeyProjectRegistered(P4, "城市更新", "GL-15.B01.1", "GL-15", ProjectKind.PROGRAMME, "gulou-district",
                List.of(), "鼓楼区", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), null, at("2026-01-10T02:00:00Z")), 0);
        project(new MilestonePlanned(P4, "m1", "省委党校改造", LocalDate.of(2026, 5, 31), 1, "GL-15", at("2026-01-12T02:00:00Z")), 1);
        project(new MilestoneDropped(P4, "m1", "并入其他项目", "GL-15", at("2026-04-01T02:00:00Z")), 2);
        project(new KeyProjectRegistered(P5, "数字鼓楼", "GL-15.C02", "GL-15", ProjectKind.PROGRAMME, "gulou-district",
                List.of(), "鼓楼区", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), null, at("2026-01-10T02:00:00Z")), 0);
        project(new MilestonePlanned(P5, "m1", "平台上线", LocalDate.of(2026, 11, 30), 1, "GL-15", at("2026-01-12T02:00:00Z")), 1);
        project(new MilestoneProgressReported(P5, "m1", "r1", 60, null, "开发中", null, List.of(), LocalDate.of(2026, 9, 1),
                "GL-15", at("2026-09-01T02:00:00Z")), 2);

        // a year of reports on many projects in part 7: volume for the rebuild's rate
        for (int i = 0; i < BULK_PROJECTS; i++) {
            String id = "bulk-" + RUN + "-" + i;
            project(new KeyProjectRegistered(id, "城市更新项目" + i, "FZ-15.B07.1", "FZ-15", ProjectKind.CONSTRUCTION, "fz-transport",
                    List.of(), null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null, at("2026-01-15T02:00:00Z")), 0);
            project(new MilestonePlanned(id, "m1", "完工", LocalDate.of(2027, 12, 31), 1, "FZ-15", at("2026-01-16T02:00:00Z")), 1);
            for (int month = 1; month <= 8; month++) {
                project(new MilestoneProgressReported(id, "m1", "r" + month, month * 10, null, null, null, List.of(),
                        LocalDate.of(2026, month + 1, 5), "FZ-15", at("2026-" + String.format("%02d", month + 1) + "-05T02:00:00Z")),
                        1 + month);
            }
        }

        // indicators: a revision, a binding one in alarm, one no department is responsible for
        indicator(defined("FZ-15.I05", "常住人口城镇化率", "%", IndicatorAttribute.EXPECTED, "74.99",
                new TypedTarget.Absolute(new BigDecimal("76"), "%"), List.of("fz-stats")), 0);
        indicator(observed("FZ-15.I05", "75.25", "2027-02-10T02:00:00Z"), 1);
        indicator(new ObservationRevised("FZ-15.I05", "2026", new BigDecimal("75.25"), ObservationKind.PRELIMINARY,
                new BigDecimal("75.15"), ObservationKind.FINAL, "福州统计年鉴2027", false, null, "final statistics", "FZ-15",
                at("2027-06-10T02:00:00Z")), 2);
        indicator(defined("FZ-15.I20", "细颗粒物（PM2.5）平均浓度", "微克/立方米", IndicatorAttribute.BINDING, "17.3",
                new TypedTarget.AtMost(new BigDecimal("16.5"), true), List.of("fz-env")), 0);
        indicator(observed("FZ-15.I20", "17.25", "2027-02-12T02:00:00Z"), 1);
        indicator(defined("FZ-15.I11", "城镇新增就业人数", "万人", IndicatorAttribute.EXPECTED, null,
                new TypedTarget.Cumulative(new BigDecimal("60"), Qualifier.EXACT), List.of("fz-hr")), 0);
        indicator(observed("FZ-15.I11", "13.2", "2027-02-15T02:00:00Z"), 1);
        indicator(defined("GL-15.I21", "单位地区生产总值能耗降低", "%", IndicatorAttribute.BINDING, "100",
                new TypedTarget.AtMost(new BigDecimal("90"), true), List.of()), 0);
        flush();

        // generous: the machine may be shared with other builds
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(1000)).until(() -> {
            JsonNode part5 = get("/api/v1/tracking/plans/FZ-15/parts/5?year=2026");
            JsonNode part7 = get("/api/v1/tracking/plans/FZ-15/parts/7?year=2026");
            JsonNode gl = get("/api/v1/tracking/projects?district=gulou-district");
            JsonNode i05 = get("/api/v1/tracking/indicators/FZ-15.I05");
            JsonNode gl21 = get("/api/v1/tracking/indicators/GL-15.I21");
            return part5 != null && part5.at("/projects/total").asInt() == 2 && part5.at("/milestones/overdue").asInt() == 1
                    && part7 != null && part7.at("/projects/total").asInt() == BULK_PROJECTS
                    && mongo.getCollection("project_views").countDocuments(new Document("_id",
                    new Document("$regex", "^bulk-" + RUN)).append("lastSequence", 9L)) == BULK_PROJECTS
                    && gl != null && gl.get("total").asInt() == 2
                    && i05 != null && i05.get("history").size() == 3 && gl21 != null
                    && mongo.getCollection("project_views").countDocuments(new Document("_id", P5).append("lastSequence", 2L)) == 1
                    && mongo.getCollection("project_views").countDocuments(new Document("_id", P3).append("lastSequence", 3L)) == 1
                    && mongo.getCollection("project_views").countDocuments(new Document("_id", P2).append("lastSequence", 2L)) == 1
                    && mongo.getCollection("project_views").countDocuments(new Document("_id", P4).append("lastSequence", 2L)) == 1;
        });
    }

    @AfterAll
    void close() {
        producer.close();
    }

    private JsonNode get(String path) {
        return http.get().uri(path).exchange((req, res) -> res.getStatusCode().value() == 200
                ? json.readTree(res.getBody().readAllBytes()) : null);
    }

    /** Every item of a list, page by page (500 a page: more with -Dfyp.it.bulk-projects). */
    private List<JsonNode> everyItem(String path) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = get(path + (path.contains("?") ? "&" : "?") + "size=500&page=" + page);
            answer.get("items").forEach(items::add);
            if (items.size() >= answer.get("total").asInt() || answer.get("items").isEmpty()) {
                return items;
            }
        }
    }

    private int status(String path) {
        return http.get().uri(path).exchange((req, res) -> res.getStatusCode().value());
    }

    private byte[] bytes(String path) {
        return http.get().uri(path).exchange((req, res) -> res.getBody().readAllBytes());
    }

    private static int sum(JsonNode rows, String pointer) {
        int total = 0;
        for (JsonNode row : rows) {
            total += row.at(pointer).asInt();
        }
        return total;
    }

    @Test
    @Order(1)
    void the_plan_dashboards_totals_equal_the_sums_over_its_projects_and_indicators() {
        for (String plan : List.of("FZ-15", "GL-15")) {
            JsonNode dashboard = get("/api/v1/tracking/plans/" + plan + "?year=2026");
            List<JsonNode> projects = everyItem("/api/v1/tracking/projects?plan=" + plan);
            assertThat(dashboard.at("/projects/total").asInt()).isEqualTo(projects.size());
            int due = 0, achieved = 0, overdue = 0, atRisk = 0, dropped = 0;
            for (JsonNode p : projects) {
                for (JsonNode m : p.get("milestones")) {
                    String status = m.at("/status/status").asText();
                    boolean inYear = m.get("plannedDate").asText().startsWith("2026");
                    if (inYear && status.equals("DROPPED")) dropped++;
                    if (inYear && !status.equals("DROPPED")) due++;
                    if (inYear && status.equals("OVERDUE")) overdue++;
                    if (inYear && status.equals("AT_RISK")) atRisk++;
                    if (status.equals("ACHIEVED") && m.get("achievedOn").asText().startsWith("2026")) achieved++;
                }
            }
            JsonNode m = dashboard.get("milestones");
            assertThat(List.of(m.get("due").asInt(), m.get("achieved").asInt(), m.get("overdue").asInt(),
                    m.get("atRisk").asInt(), m.get("dropped").asInt())).isEqualTo(List.of(due, achieved, overdue, atRisk, dropped));
            // the plan is the sum of its children (parts for FZ-15, chapters for GL-15) and the unplaced row
            JsonNode children = dashboard.get("children");
            JsonNode unplaced = dashboard.get("unplaced");
            for (String pointer : List.of("/projects/total", "/milestones/due", "/milestones/achieved", "/milestones/overdue",
                    "/milestones/open", "/milestones/dropped")) {
                int rest = unplaced == null ? 0 : unplaced.at(pointer).asInt();
                assertThat(sum(children, pointer) + rest).as(plan + pointer).isEqualTo(dashboard.at(pointer).asInt());
            }
            // indicators: by status and alarms equal the indicator list's
            JsonNode indicators = get("/api/v1/tracking/indicators?plan=" + plan + "&year=2026&size=500");
            assertThat(dashboard.at("/indicators/total").asInt()).isEqualTo(indicators.get("total").asInt());
            assertThat(dashboard.at("/indicators/byStatus")).isEqualTo(indicators.at("/summary/byStatus"));
            assertThat(dashboard.at("/indicators/bindingInAlarm").asLong()).isEqualTo(indicators.at("/summary/alarms").asLong());
        }
        JsonNode fz = get("/api/v1/tracking/plans/FZ-15?year=2026");
        assertThat(fz.get("children")).hasSize(18);
        // a part counts the indicators its text names: I20 in parts 5 and 16, I05 in part 7, I11 in none — so the
        // parts do not add up to the plan's indicators, which count each once
        assertThat(fz.get("children").findValues("indicators").stream().map(i -> i.get("total").asInt()).toList())
                .containsExactly(0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0);
        String i05 = get("/api/v1/tracking/indicators/FZ-15.I05?year=2026").at("/years/0/status").asText();
        assertThat(fz.at("/children/6/indicators/byStatus/" + i05).asInt()).as(i05).isEqualTo(1);
        assertThat(fz.at("/indicators/alarms").findValuesAsText("code")).contains("FZ-15.I20");
        assertThat(get("/api/v1/tracking/plans/GL-15").at("/children/0/level").asText()).isEqualTo("CHAPTER");
    }

    @Test
    @Order(2)
    void part_5_answers_for_part_5_with_the_figures_of_its_row_in_the_plan() {
        JsonNode part = get("/api/v1/tracking/plans/FZ-15/parts/5?year=2026");
        assertThat(part.at("/scope/code").asText()).isEqualTo("FZ-15.P05");
        assertThat(part.at("/projects/total").asInt()).isEqualTo(2);
        assertThat(part.at("/projects/withoutLead").asInt()).isEqualTo(1);
        assertThat(part.at("/milestones/due").asInt()).isEqualTo(2);      // P2's moved into 2027
        assertThat(part.at("/milestones/achieved").asInt()).isEqualTo(1);
        assertThat(part.at("/milestones/overdue").asInt()).isEqualTo(1);
        JsonNode row = get("/api/v1/tracking/plans/FZ-15?year=2026").get("children").get(4);
        assertThat(row.get("code").asText()).isEqualTo("FZ-15.P05");
        assertThat(row.get("projects")).isEqualTo(part.get("projects"));
        assertThat(row.get("milestones")).isEqualTo(part.get("milestones"));
        JsonNode box = get("/api/v1/tracking/plans/FZ-15/boxes/5?year=2026");
        assertThat(box.get("children").findValuesAsText("id")).containsExactly(P1, P2);
        // the text names I20 (binding, off track) in box 5: part 5, its chapter 5 and the box count it, and only it
        assertThat(row.get("indicators")).isEqualTo(part.get("indicators"));
        assertThat(part.at("/indicators/total").asInt()).isEqualTo(1);
        assertThat(part.at("/indicators/bindingInAlarm").asInt()).isEqualTo(1);
        assertThat(part.at("/indicators/alarms").findValuesAsText("code")).containsExactly("FZ-15.I20");
        assertThat(part.at("/children/0/indicators/total").asInt()).isEqualTo(1);
        assertThat(box.at("/indicators/alarms").findValuesAsText("code")).containsExactly("FZ-15.I20");
        assertThat(get("/api/v1/tracking/plans/FZ-15/chapters/6").get("unplaced").at("/projects/total").asInt()).isEqualTo(1);
        assertThat(status("/api/v1/tracking/plans/FZ-15/parts/19")).isEqualTo(404);
        assertThat(status("/api/v1/tracking/plans/GL-15/parts/1")).isEqualTo(404);
        assertThat(status("/api/v1/tracking/plans/FZ-15?departmnet=x")).isEqualTo(422);
    }

    @Test
    @Order(3)
    void lists_filter_sort_and_page_the_same_way() {
        JsonNode gulou = get("/api/v1/tracking/projects?district=gulou-district&sort=-name");
        assertThat(gulou.get("items").findValuesAsText("projectId")).containsExactly(P5, P4); // 数字鼓楼 > 城市更新
        assertThat(gulou.get("items").findValuesAsText("district")).containsOnly("gulou-district");
        JsonNode part5 = get("/api/v1/tracking/projects?part=FZ-15.P05&status=OVERDUE");
        assertThat(part5.get("items").findValuesAsText("projectId")).containsExactly(P1);
        JsonNode paged = get("/api/v1/tracking/projects?plan=FZ-15&box=7&size=30&page=2&sort=id");
        assertThat(paged.get("total").asInt()).isEqualTo(BULK_PROJECTS);
        assertThat(paged.get("items")).hasSize(30);
        assertThat(paged.at("/filters/box").asInt()).isEqualTo(7);
        JsonNode env = get("/api/v1/tracking/indicators?department=fz-env&year=2026");
        assertThat(env.get("items").findValuesAsText("code")).containsExactly("FZ-15.I20");
        assertThat(status("/api/v1/tracking/indicators?part=5")).isEqualTo(422);
    }

    @Test
    @Order(4)
    void the_attention_list_has_unassigned_and_off_track_binding_indicators_and_the_projects_needs() {
        List<String> mine = new ArrayList<>();
        for (JsonNode item : everyItem("/api/v1/tracking/attention?asOf=2027-03-01")) {
            String subject = item.get("subjectId").asText();
            if (subject.startsWith("dash-" + RUN) || Set.of("FZ-15.I20", "GL-15.I21").contains(subject)) {
                mine.add(item.get("kind").asText() + " " + subject);
            }
        }
        assertThat(mine).contains("BINDING_INDICATOR_OFF_TRACK FZ-15.I20", "UNASSIGNED_INDICATOR GL-15.I21",
                "NO_LEAD_DEPARTMENT " + P2, "OVERDUE_MILESTONE " + P1, "HIGH_RISK_OPEN " + P3);
        JsonNode card = get("/api/v1/tracking/departments/fz-env?year=2026&asOf=2027-03-01");
        assertThat(card.get("name").asText()).isEqualTo("福州市生态环境局");
        assertThat(card.at("/indicators/total").asInt()).isEqualTo(1);
        assertThat(card.at("/indicators/inAlarm").asInt()).isEqualTo(1);
        assertThat(card.get("projectsLed").asInt()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void as_of_before_and_after_an_event_gives_the_before_and_after_answers() {
        // P1's first milestone was achieved on 2026-06-20
        assertThat(get("/api/v1/tracking/plans/FZ-15/parts/5?year=2026&asOf=2026-06-19").at("/milestones/achieved").asInt()).isZero();
        assertThat(get("/api/v1/tracking/plans/FZ-15/parts/5?year=2026&asOf=2026-06-20").at("/milestones/achieved").asInt()).isEqualTo(1);
        // the 2026 figure of FZ-15.I05 was revised from 75.25 to 75.15 on 2027-06-10
        JsonNode before = get("/api/v1/tracking/indicators/FZ-15.I05?year=2026&asOf=2027-06-09");
        JsonNode after = get("/api/v1/tracking/indicators/FZ-15.I05?year=2026&asOf=2027-06-10");
        assertThat(before.at("/years/0/observed").decimalValue()).isEqualByComparingTo("75.25");
        assertThat(before.at("/years/0/status").asText()).isEqualTo("ON_TRACK");
        assertThat(after.at("/years/0/observed").decimalValue()).isEqualByComparingTo("75.15");
        assertThat(after.at("/years/0/status").asText()).isEqualTo("BEHIND");
        assertThat(get("/api/v1/tracking/indicators/FZ-15.I05?asOf=2027-06-10")).isEqualTo(get("/api/v1/tracking/indicators/FZ-15.I05"));
        // before the indicator was defined, and before the plans were imported
        assertThat(status("/api/v1/tracking/indicators/FZ-15.I05?asOf=2026-01-04")).isEqualTo(404);
        assertThat(status("/api/v1/tracking/plans/FZ-15?asOf=2025-12-19")).isEqualTo(404);
        // a replayed answer for today equals the live one (project events here are all recorded by today;
        // indicator figures, recorded "in 2027", are compared as of a date after all of them)
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        JsonNode live = get("/api/v1/tracking/plans/FZ-15?year=2026");
        JsonNode replayed = get("/api/v1/tracking/plans/FZ-15?year=2026&asOf=" + today);
        assertThat(replayed.get("projects")).isEqualTo(live.get("projects"));
        assertThat(replayed.get("milestones")).isEqualTo(live.get("milestones"));
        assertThat(projectFigures(replayed.get("children"))).isEqualTo(projectFigures(live.get("children")));
        JsonNode later = get("/api/v1/tracking/plans/FZ-15?year=2026&asOf=2030-12-31");
        assertThat(later.get("indicators")).isEqualTo(live.get("indicators"));
        assertThat(later.get("children").findValues("indicators")).isEqualTo(live.get("children").findValues("indicators"));
    }

    /** The rows without their indicator figures (those depend on figures recorded after today). */
    private static List<JsonNode> projectFigures(JsonNode rows) {
        List<JsonNode> figures = new ArrayList<>();
        rows.forEach(r -> figures.add(r.deepCopy() instanceof ObjectNode o ? o.without("indicators") : r));
        return figures;
    }

    private static String yesterday() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
    }

    private long millis(String path) {
        long started = System.nanoTime();
        assertThat(get(path)).as(path).isNotNull();
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    @Order(6)
    void a_past_day_is_replayed_once_and_its_snapshot_answers_every_later_question_about_that_day() {
        String day = yesterday(); // a day that is over: kept (today never is)
        String dashboard = "/api/v1/tracking/plans/FZ-15?year=2026&asOf=" + day;
        long misses = pastDays.misses(), hits = pastDays.hits();
        long started = System.nanoTime();
        JsonNode first = get(dashboard);
        long replayMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(pastDays.misses()).isEqualTo(misses + 1);
        List<Long> again = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            started = System.nanoTime();
            assertThat(get(dashboard)).isEqualTo(first);
            again.add((System.nanoTime() - started) / 1_000_000);
        }
        // every summary of that day is made from the same snapshot
        long others = millis("/api/v1/tracking/plans/FZ-15/parts/7?year=2026&asOf=" + day)
                + millis("/api/v1/tracking/projects?plan=FZ-15&size=10&asOf=" + day)
                + millis("/api/v1/tracking/attention?asOf=" + day)
                + millis("/api/v1/tracking/departments?asOf=" + day)
                + millis("/api/v1/tracking/plans/FZ-15/reports/2026?format=json&asOf=" + day);
        assertThat(pastDays.misses()).isEqualTo(misses + 1);
        assertThat(pastDays.hits()).isEqualTo(hits + 10);
        again.sort(Comparator.naturalOrder());
        // today is never kept: each question replays, as every asOf question did before snapshots were kept
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        List<Long> replays = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            replays.add(millis("/api/v1/tracking/plans/FZ-15?year=2026&asOf=" + today));
        }
        replays.sort(Comparator.naturalOrder());
        System.out.printf("asOf %s (%d project events logged): first question %d ms; asked again %s ms (median %d); "
                        + "part, project list, attention, scorecards, report from the kept snapshot: %d ms together; "
                        + "asOf today (replayed every time) %s ms (median %d)%n",
                day, mongo.getCollection("project_events").countDocuments(), replayMillis, again, again.get(2), others,
                replays, replays.get(2));
    }

    @Test
    @Order(7)
    void the_reports_figures_equal_the_dashboards_in_every_format() {
        for (String asOf : List.of("", "&asOf=2027-06-30")) {
            long started = System.nanoTime();
            JsonNode report = get("/api/v1/tracking/plans/FZ-15/reports/2026?format=json" + asOf);
            long jsonMillis = (System.nanoTime() - started) / 1_000_000;
            JsonNode dashboard = get("/api/v1/tracking/plans/FZ-15?year=2026" + asOf);
            assertThat(report.get("dashboard")).isEqualTo(dashboard);
            assertThat(report.get("kindName").asText()).isEqualTo("年度监测");
            assertThat(report.get("indicators").size()).isEqualTo(dashboard.at("/indicators/total").asInt());
            System.out.printf("report FZ-15 2026%s json: %d ms%n", asOf, jsonMillis);
        }
        long started = System.nanoTime();
        byte[] csv = bytes("/api/v1/tracking/plans/FZ-15/reports/2026?format=csv&asOf=2027-06-30");
        long csvMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        JsonNode dashboard = get("/api/v1/tracking/plans/FZ-15?year=2026&asOf=2027-06-30");
        assertThat(text).contains("\r\nprojects," + dashboard.at("/projects/total").asInt() + "\r\n");
        assertThat(text).contains("\r\nmilestones overdue," + dashboard.at("/milestones/overdue").asInt() + "\r\n");
        assertThat(text).contains("\r\nbinding indicators in alarm," + dashboard.at("/indicators/bindingInAlarm").asInt() + "\r\n");
        assertThat(text).contains("福州市国民经济和社会发展第十五个五年规划纲要").contains("FZ-15.I20");
        started = System.nanoTime();
        String html = new String(bytes("/api/v1/tracking/plans/FZ-15/reports/2026?format=html"), StandardCharsets.UTF_8);
        long htmlMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").contains("class=\"target\"").contains("class=\"observed\"")
                .contains("milestones by status per part");
        assertThat(get("/api/v1/tracking/plans/FZ-15/reports/2028").get("kindName").asText()).isEqualTo("中期评估");
        assertThat(status("/api/v1/tracking/plans/FZ-15/reports/2026?format=pdf")).isEqualTo(422);
        assertThat(status("/api/v1/tracking/plans/FZ-15/reports/2031")).isEqualTo(422);
        System.out.printf("report FZ-15 2026 csv: %d ms (%d bytes), html: %d ms (%d chars)%n", csvMillis, csv.length,
                htmlMillis, html.length());
    }

    private static final List<String> COLLECTIONS = List.of("project_views", "project_events", "indicator_views",
            "indicator_events", "plan_structures", "department_events");

    private Map<String, List<Document>> readModels() {
        Map<String, List<Document>> all = new java.util.LinkedHashMap<>();
        COLLECTIONS.forEach(c -> all.put(c, mongo.findAll(Document.class, c).stream()
                .sorted(Comparator.comparing(d -> d.get("_id").toString())).toList()));
        return all;
    }

    @Test
    @Order(8)
    void a_rebuild_from_scratch_gives_read_models_identical_to_the_live_ones() {
        Map<String, List<Document>> live = readModels();
        JsonNode liveDashboard = get("/api/v1/tracking/plans/FZ-15?year=2026&asOf=2027-06-30");
        JsonNode pastDay = get("/api/v1/tracking/plans/FZ-15?year=2026&asOf=" + yesterday()); // kept: the rebuild forgets it
        int accepted = http.post().uri("/api/v1/admin/tracking/rebuild").exchange((req, res) -> res.getStatusCode().value());
        assertThat(accepted).isEqualTo(202);
        List<String> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode p = get("/api/v1/admin/tracking/rebuild");
            seen.add(p.get("state").asText() + " " + p.get("percent").asDouble() + "% " + p.get("eventsPerSecond").asDouble()
                    + "/s eta " + p.path("etaSeconds").asText());
            return "DONE".equals(p.get("state").asText());
        });
        JsonNode done = get("/api/v1/admin/tracking/rebuild");
        System.out.printf("rebuild: %s records in %.1f s, %.0f events/s; progress seen: %s; read models %s; event stores %s%n",
                done.get("total"), done.get("seconds").asDouble(), done.get("eventsPerSecond").asDouble(),
                seen.stream().distinct().limit(8).toList(), done.get("readModels"), done.get("eventStores"));
        assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.get("processed").asLong()).isEqualTo(done.get("total").asLong());
        assertThat(done.at("/readModels/project_views").asLong()).isEqualTo(live.get("project_views").size());
        assertThat(done.at("/eventStores/fyp.projects.events.v1/logged").asLong()).isEqualTo(live.get("project_events").size());

        Map<String, List<Document>> rebuilt = readModels();
        for (String c : COLLECTIONS) {
            assertThat(rebuilt.get(c)).as(c).hasSameSizeAs(live.get(c));
            assertThat(rebuilt.get(c)).as(c).isEqualTo(live.get(c));
        }
        assertThat(get("/api/v1/tracking/plans/FZ-15?year=2026&asOf=2027-06-30")).isEqualTo(liveDashboard);
        long misses = pastDays.misses();
        assertThat(get("/api/v1/tracking/plans/FZ-15?year=2026&asOf=" + yesterday())).isEqualTo(pastDay);
        assertThat(pastDays.misses()).as("replayed again from the rebuilt logs").isEqualTo(misses + 1);
    }

    /** Writes example answers to target/tracking-examples (what docs/tracking.md shows). */
    @Test
    @Order(9)
    void example_answers() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "tracking-examples");
        java.nio.file.Files.createDirectories(dir);
        Map<String, String> examples = new java.util.LinkedHashMap<>();
        examples.put("plan", "/api/v1/tracking/plans/FZ-15?year=2026&asOf=2027-06-30");
        examples.put("part", "/api/v1/tracking/plans/FZ-15/parts/5?year=2026&asOf=2027-06-30");
        examples.put("box", "/api/v1/tracking/plans/FZ-15/boxes/5?year=2026&asOf=2027-06-30");
        examples.put("projects", "/api/v1/tracking/projects?district=gulou-district&sort=-name&size=1");
        examples.put("indicators", "/api/v1/tracking/indicators?department=fz-env&year=2026&asOf=2027-03-01");
        examples.put("attention", "/api/v1/tracking/attention?plan=FZ-15&department=fz-env&asOf=2027-03-01");
        examples.put("department", "/api/v1/tracking/departments/fz-env?year=2026&asOf=2027-03-01");
        examples.put("departments", "/api/v1/tracking/departments?plan=GL-15&asOf=2027-03-01");
        examples.put("report", "/api/v1/tracking/plans/GL-15/reports/2026?format=json&asOf=2027-03-01");
        examples.put("rebuild", "/api/v1/admin/tracking/rebuild");
        examples.put("problem", "/api/v1/tracking/projects?departmnet=fz-env");
        for (Map.Entry<String, String> e : examples.entrySet()) {
            byte[] body = bytes(e.getValue());
            java.nio.file.Files.write(dir.resolve(e.getKey() + ".json"), body);
        }
        java.nio.file.Files.write(dir.resolve("report.csv"), bytes("/api/v1/tracking/plans/GL-15/reports/2026?format=csv&asOf=2027-03-01"));
        java.nio.file.Files.write(dir.resolve("report.html"), bytes("/api/v1/tracking/plans/FZ-15/reports/2026?format=html&asOf=2027-06-30"));
    }

    @Test
    @Order(10)
    void an_event_recorded_on_a_kept_day_but_logged_after_it_was_kept_changes_that_days_answer() throws Exception {
        String part9 = "/api/v1/tracking/plans/FZ-15/parts/9?year=2026&asOf=" + yesterday();
        assertThat(get(part9).at("/projects/total").asInt()).isZero();
        long misses = pastDays.misses();
        assertThat(get(part9).at("/projects/total").asInt()).isZero();
        assertThat(pastDays.misses()).as("kept").isEqualTo(misses);
        // history loaded late (or a projection catching up): recorded in March, logged now
        project(new KeyProjectRegistered("late-" + RUN, "补录项目", "FZ-15.C09", "FZ-15", ProjectKind.CONSTRUCTION, "fz-transport",
                List.of(), null, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null, at("2026-03-01T02:00:00Z")), 0);
        flush();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                get("/api/v1/tracking/plans/FZ-15/parts/9?year=2026").at("/projects/total").asInt() == 1);
        assertThat(get(part9).at("/projects/total").asInt()).isEqualTo(1);
        assertThat(get("/api/v1/tracking/plans/FZ-15/parts/9?year=2026&asOf=2026-02-28").at("/projects/total").asInt()).isZero();
    }
}
