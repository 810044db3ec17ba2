package org.fyptracker.tracking.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.departments.DepartmentKind;
import org.fyptracker.contracts.departments.DepartmentRegistered;
import org.fyptracker.contracts.departments.DepartmentRenamed;
import org.fyptracker.contracts.indicators.IndicatorDefined;
import org.fyptracker.contracts.indicators.ObservationKind;
import org.fyptracker.contracts.indicators.ObservationRecorded;
import org.fyptracker.contracts.plans.Baseline;
import org.fyptracker.contracts.plans.Chapter;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.Part;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.plans.PlanImported;
import org.fyptracker.contracts.plans.TypedTarget;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.platform.events.CloudEventKafkaConverter;
import org.fyptracker.platform.time.BusinessClock;
import org.fyptracker.testkit.RealInfrastructure;
import org.fyptracker.testkit.TopicWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * Live answers are kept per snapshot (docs/benchmarks.md, "Queries:"), so each test asks a question, changes one
 * thing the answer is made of — a project, an observation, a department's name, the plan, the business date —
 * and asks again: the answer must show the change. A kept answer served after the change never would, and the
 * wait runs out. Over real Kafka and a real MongoDB-wire server, on a plan and department of this run's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveAnswersIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** A plan code of this run's own (letters only before the dash). */
    private static final String PLAN = "Q" + new Random().ints(5, 'A', 'Z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "-15";
    private static final String DEPARTMENT = "cache-" + RUN;
    private static final String INDICATOR = PLAN + ".I01";
    /** Indicators evaluated for 2026 whatever the business date (a test moves it). */
    private static final String DASHBOARD = "/api/v1/tracking/plans/" + PLAN + "?year=2026";
    private static final String SCORECARD = "/api/v1/tracking/departments/" + DEPARTMENT;

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    CloudEventKafkaConverter converter;
    @Autowired
    ObjectMapper json;
    @Autowired
    BusinessClock clock;

    private TopicWriter topics;
    private RestClient http;
    private int projects;

    private static Provenance at(String instant) {
        return new Provenance("fz-drc", "client-1", Instant.parse(instant), null);
    }

    private static Plan plan(String title) {
        return new Plan(PLAN, null, title, null, List.of(), List.of(new Part(1, PLAN + ".P01", "第一篇", List.of())),
                List.of(new Chapter(1, PLAN + ".C01", "第一章", 1, List.of(), List.of())), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    @BeforeAll
    void a_plan_a_department_a_project_and_an_indicator() throws Exception {
        topics = new TopicWriter(bootstrap, converter);
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
        topics.publish("fyp.plans.events.v1", "PlanOutline", new PlanImported(PLAN, "sha-1-" + RUN, plan("规划 " + RUN),
                at("2025-12-20T02:00:00Z")), 0, "plan-" + PLAN + "-0");
        topics.publish("fyp.departments.events.v1", "Department", new DepartmentRegistered(DEPARTMENT, "旧名 " + RUN,
                DepartmentKind.CITY_BUREAU, null, at("2025-12-21T02:00:00Z")), 0, "dept-" + DEPARTMENT + "-0");
        topics.publish("fyp.indicators.events.v1", "Indicator", new IndicatorDefined(INDICATOR, PLAN, "经济发展", "指标 " + RUN,
                null, "%", IndicatorAttribute.EXPECTED, new Baseline("1", BigDecimal.ONE, Set.of()), null, null,
                new TypedTarget.Absolute(new BigDecimal("2"), "%"), List.of(DEPARTMENT), false, 2030,
                at("2026-01-05T02:00:00Z")), 0, "indicator-" + INDICATOR + "-0");
        addProject();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode dashboard = get(DASHBOARD);
            return dashboard != null && dashboard.at("/projects/total").asInt() == 1
                    && dashboard.at("/indicators/total").asInt() == 1 && get(SCORECARD).get("name") != null;
        });
    }

    @AfterAll
    void close() {
        clock.setToday(LocalDate.now(BusinessClock.ZONE));
        topics.close();
    }

    /** A project of the plan led by the department, with a milestone due at the end of 2026. */
    private void addProject() throws Exception {
        String id = "cache-" + RUN + "-" + ++projects;
        topics.publish("fyp.projects.events.v1", "KeyProject", new KeyProjectRegistered(id, "项目 " + projects, PLAN + ".P01",
                PLAN, ProjectKind.CONSTRUCTION, DEPARTMENT, List.of(), null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2030, 12, 31), null, at("2026-01-10T02:00:00Z")), 0, id + "-0");
        topics.publish("fyp.projects.events.v1", "KeyProject", new MilestonePlanned(id, "m1", "完工", LocalDate.of(2026, 12, 31), 1,
                PLAN, at("2026-01-11T02:00:00Z")), 1, id + "-1");
    }

    private JsonNode get(String path) {
        return http.get().uri(path).exchange((req, res) -> res.getStatusCode().value() == 200
                ? json.readTree(res.getBody().readAllBytes()) : null);
    }

    /** Asks twice (the second answer is the kept one), then waits until the answer shows the change made by {@code change}. */
    private void answerFollows(String path, ThrowingRunnable change, Predicate<JsonNode> changed) throws Exception {
        JsonNode before = get(path);
        assertThat(get(path)).isEqualTo(before);
        assertThat(changed.test(before)).as("already changed before the change: %s", before).isFalse();
        change.run();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> changed.test(get(path)));
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void a_new_project_is_counted() throws Exception {
        int before = get(DASHBOARD).at("/projects/total").asInt();
        answerFollows(DASHBOARD, this::addProject, d -> d.at("/projects/total").asInt() == before + 1);
    }

    @Test
    void an_observation_evaluates_the_indicator() throws Exception {
        answerFollows(DASHBOARD, () -> topics.publish("fyp.indicators.events.v1", "Indicator", new ObservationRecorded(INDICATOR,
                        "2026", new BigDecimal("1.5"), ObservationKind.PRELIMINARY, "统计快报", false, null, PLAN,
                        at("2026-03-01T02:00:00Z")), 1, "indicator-" + INDICATOR + "-1"),
                d -> d.at("/indicators/byStatus/NO_DATA").asInt() == 0);
    }

    @Test
    void a_renamed_department_is_named_anew() throws Exception {
        answerFollows(SCORECARD, () -> topics.publish("fyp.departments.events.v1", "Department", new DepartmentRenamed(DEPARTMENT,
                        "旧名 " + RUN, "新名 " + RUN, "机构改革", at("2026-02-01T02:00:00Z")), 1, "dept-" + DEPARTMENT + "-1"),
                s -> ("新名 " + RUN).equals(s.get("name").asText()));
    }

    @Test
    void a_revised_plan_is_shown() throws Exception {
        answerFollows(DASHBOARD, () -> topics.publish("fyp.plans.events.v1", "PlanOutline", new PlanImported(PLAN, "sha-2-" + RUN,
                        plan("修订 " + RUN), at("2026-03-20T02:00:00Z")), 1, "plan-" + PLAN + "-1"),
                d -> ("修订 " + RUN).equals(d.get("planTitle").asText()));
    }

    @Test
    void a_new_day_makes_a_milestone_overdue() throws Exception {
        String overdue = "/api/v1/tracking/attention?plan=" + PLAN + "&kind=OVERDUE_MILESTONE";
        try {
            clock.setToday(LocalDate.of(2026, 12, 31));
            answerFollows(overdue, () -> clock.setToday(LocalDate.of(2027, 1, 1)), a -> a.get("total").asInt() > 0);
            clock.setToday(LocalDate.of(2026, 12, 31));
            assertThat(get(overdue).get("total").asInt()).as("the day before again").isZero();
        } finally {
            clock.setToday(LocalDate.now(BusinessClock.ZONE));
        }
    }
}
