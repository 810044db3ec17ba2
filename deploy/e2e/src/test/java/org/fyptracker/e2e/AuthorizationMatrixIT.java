package org.fyptracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.fyptracker.e2e.LocalStack.Answer;

/**
 * Issue 6's bars on the real stack, through the gateway: every endpoint × {no token, expired token, forged
 * signature, report of the responsible department, report of another department, supervise, admin}, each
 * cell's status, and nothing written where refused; tracking's public reads (issue 7) answering without a token
 * and holding nothing that is not public; a revoked client refused within 60 s; a department
 * merge moving a project's lead, visible in the tracking read model; no secret in clear in MongoDB, the
 * logs or the events.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The local profile's key-encryption secret (services/departments application-local.yml): local stacks only. */
    private static final String LOCAL_KEY_SECRET = "local-only-not-a-secret-3b1f8c2e9a";
    private static final String INDICATOR = "FZ-15.I04";
    private static final String OTHER_INDICATOR = "FZ-15.I05";

    enum Caller { NONE, EXPIRED, FORGED, REPORT_OWN, REPORT_OTHER, SUPERVISE, ADMIN }

    private static LocalStack stack;
    private static final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private static final List<String> secrets = new ArrayList<>();
    private static final List<String> refusedMarkers = new ArrayList<>();
    private static final List<String> writtenMarkers = new ArrayList<>();
    private static String project;      // led by fz-transport
    private static String leadProject;  // led by fz-transport, for the lead reassignment row

    @BeforeAll
    static void startStack() throws Exception {
        // A stack of its own from nothing (a data directory per run): codes, periods and markers never meet an
        // earlier run's, and a run on the same checkout at the same time never shares its processes.
        stack = new LocalStack("matrix-" + Long.toString(System.currentTimeMillis(), 36)).isolate();
        System.out.printf("e2e: matrix stack healthy after %d ms%n", stack.up());
        stack.demoClients().values().forEach(c -> secrets.add(c.get("clientSecret").asText()));
        tokens.put(Caller.REPORT_OWN, stack.token("demo-report-fz-transport"));
        tokens.put(Caller.REPORT_OTHER, stack.token("demo-report-gl-gov"));
        tokens.put(Caller.SUPERVISE, stack.token("demo-supervise"));
        tokens.put(Caller.ADMIN, stack.token("demo-admin"));
        tokens.put(Caller.EXPIRED, expiredToken());
        tokens.put(Caller.FORGED, forgedToken());

        project = register("矩阵项目", "fz-transport", Caller.ADMIN);
        leadProject = register("矩阵换牵头项目", "fz-transport", Caller.ADMIN);
        await().atMost(Duration.ofSeconds(30)).until(() -> send("GET", "/api/v1/tracking/projects/" + project, null, Caller.SUPERVISE).status() == 200);
        // The seeded indicator becomes fz-transport's to report (an admin's assignment).
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                send("PUT", "/api/v1/indicators/" + INDICATOR + "/responsibility",
                        "{\"departments\":[\"fz-transport\"],\"reason\":\"矩阵测试\"}", Caller.ADMIN).status() == 200);
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stack != null) {
            stack.down();
            stack.discardIsolatedJars();
        }
    }

    // ---- the matrix ------------------------------------------------------------------------------

    /** One endpoint: how to call it as each caller, and what each caller must get. */
    record Row(String name, String method, Function<Caller, String> path, Function<Caller, String> body,
               Map<Caller, Integer> expected, boolean writes) {
    }

    private static Map<Caller, Integer> statuses(int none, int own, int other, int supervise, int admin) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.NONE, none);
        expected.put(Caller.EXPIRED, 401);
        expected.put(Caller.FORGED, 401);
        expected.put(Caller.REPORT_OWN, own);
        expected.put(Caller.REPORT_OTHER, other);
        expected.put(Caller.SUPERVISE, supervise);
        expected.put(Caller.ADMIN, admin);
        return expected;
    }

    private static final Map<String, String> markers = new LinkedHashMap<>();

    private static String marker(String row, Caller caller) {
        return markers.computeIfAbsent(row + "/" + caller, k -> "mx" + UUID.randomUUID().toString().substring(0, 12));
    }

    private static String code(Caller caller) {
        return "mx-" + caller.name().toLowerCase().replace('_', '-');
    }

    private static List<Row> rows() {
        return List.of(
                new Row("read plans (public)", "GET", c -> "/api/v1/plans", c -> null, statuses(200, 200, 200, 200, 200), false),
                new Row("read departments (public)", "GET", c -> "/api/v1/departments", c -> null, statuses(200, 200, 200, 200, 200), false),
                new Row("read the plan dashboard (public)", "GET", c -> "/api/v1/tracking/plans/FZ-15", c -> null,
                        statuses(200, 200, 200, 200, 200), false),
                new Row("read a part's dashboard as of a date (public)", "GET",
                        c -> "/api/v1/tracking/plans/FZ-15/parts/5?asOf=" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), c -> null, statuses(200, 200, 200, 200, 200), false),
                new Row("read a box's dashboard (public)", "GET", c -> "/api/v1/tracking/plans/FZ-15/boxes/6", c -> null,
                        statuses(200, 200, 200, 200, 200), false),
                new Row("read the indicator evaluations (public)", "GET", c -> "/api/v1/tracking/indicators?plan=FZ-15&year=2026",
                        c -> null, statuses(200, 200, 200, 200, 200), false),
                new Row("read a tracked indicator (public)", "GET", c -> "/api/v1/tracking/indicators/" + INDICATOR, c -> null,
                        statuses(200, 200, 200, 200, 200), false),
                new Row("read a tracked project", "GET", c -> "/api/v1/tracking/projects/" + project, c -> null,
                        statuses(401, 200, 200, 200, 200), false),
                new Row("list tracked projects", "GET", c -> "/api/v1/tracking/projects?plan=FZ-15", c -> null,
                        statuses(401, 200, 200, 200, 200), false),
                new Row("read department scorecards", "GET", c -> "/api/v1/tracking/departments", c -> null,
                        statuses(401, 200, 200, 200, 200), false),
                new Row("read the attention list", "GET", c -> "/api/v1/tracking/attention", c -> null,
                        statuses(401, 200, 200, 200, 200), false),
                new Row("read an evaluation report", "GET", c -> "/api/v1/tracking/plans/FZ-15/reports/2026?format=json", c -> null,
                        statuses(401, 200, 200, 200, 200), false),
                new Row("read tracking's dead letters (admin)", "GET", c -> "/api/v1/admin/tracking/dead-letters", c -> null,
                        statuses(401, 403, 403, 403, 200), false),
                new Row("read the rebuild's progress (admin)", "GET", c -> "/api/v1/admin/tracking/rebuild", c -> null,
                        statuses(401, 403, 403, 403, 200), false),
                new Row("read fz-transport's activity", "GET", c -> "/api/v1/departments/fz-transport/activity", c -> null,
                        statuses(401, 200, 403, 200, 200), false),
                new Row("read fz-transport's assignments", "GET", c -> "/api/v1/departments/fz-transport/assignments", c -> null,
                        statuses(401, 403, 403, 200, 200), false),
                new Row("register a project led by fz-transport", "POST", c -> "/api/v1/projects",
                        c -> "{\"name\":\"" + marker("register", c) + "\",\"planRef\":\"FZ-15.C14\",\"leadDepartment\":\"fz-transport\","
                                + "\"plannedStart\":\"2026-03-01\",\"plannedEnd\":\"2027-12-31\"}",
                        statuses(401, 201, 403, 403, 201), true),
                new Row("plan a milestone of fz-transport's project", "POST", c -> "/api/v1/projects/" + project + "/milestones",
                        c -> "{\"title\":\"" + marker("milestone", c) + "\",\"plannedDate\":\"2026-06-30\"}",
                        statuses(401, 201, 403, 403, 201), true),
                new Row("reassign a project's lead", "PUT", c -> "/api/v1/projects/" + leadProject + "/lead",
                        c -> "{\"lead\":\"gl-gov\",\"reason\":\"" + marker("lead", c) + "\"}",
                        statuses(401, 403, 403, 403, 200), true),
                new Row("record an observation of fz-transport's indicator", "POST", c -> "/api/v1/indicators/" + INDICATOR + "/observations",
                        c -> "{\"period\":\"" + (c == Caller.ADMIN ? "2027" : "2026") + "\",\"value\":6,\"kind\":\"PRELIMINARY\","
                                + "\"note\":\"" + marker("observation", c) + "\"}",
                        statuses(401, 201, 403, 403, 201), true),
                new Row("assign an indicator's responsibility", "PUT", c -> "/api/v1/indicators/" + OTHER_INDICATOR + "/responsibility",
                        c -> "{\"departments\":[\"gl-gov\"],\"reason\":\"" + marker("responsibility", c) + "\"}",
                        statuses(401, 403, 403, 403, 200), true),
                new Row("register a department", "POST", c -> "/api/v1/departments",
                        c -> "{\"code\":\"" + code(c) + "\",\"name\":\"" + marker("department", c) + "\",\"kind\":\"CITY_BUREAU\"}",
                        statuses(401, 403, 403, 403, 201), true),
                new Row("list machine clients (admin)", "GET", c -> "/api/v1/admin/departments/clients", c -> null,
                        statuses(401, 403, 403, 403, 200), false));
    }

    @Test
    @Order(1)
    void every_endpoint_answers_every_caller_as_the_matrix_says_and_refusals_are_problems() throws Exception {
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-52s", "endpoint"));
        for (Caller caller : Caller.values()) {
            table.append(String.format("%-14s", caller.name().toLowerCase()));
        }
        table.append('\n');
        for (Row row : rows()) {
            table.append(String.format("%-52s", row.name()));
            for (Caller caller : Caller.values()) {
                String body = row.body().apply(caller);
                Answer answer = send(row.method(), row.path().apply(caller), body, caller);
                int expected = row.expected().get(caller);
                table.append(String.format("%-14s", answer.status() + (answer.status() >= 400 ? " " + shortRule(answer.rule()) : "")));
                if (answer.status() != expected) {
                    failures.add(row.name() + " as " + caller + ": expected " + expected + ", got " + answer.status() + " " + answer.body());
                }
                if (answer.status() == 401 || answer.status() == 403) {
                    if (!answer.contentType().startsWith("application/problem+json") || answer.rule().isEmpty()) {
                        failures.add(row.name() + " as " + caller + ": refusal is not a problem naming its rule: "
                                + answer.contentType() + " " + answer.body());
                    }
                }
                if (answer.status() == 401 && answer.headers().getOrDefault("www-authenticate", List.of()).isEmpty()) {
                    failures.add(row.name() + " as " + caller + ": 401 without WWW-Authenticate");
                }
                if (row.writes()) {
                    (expected < 300 ? writtenMarkers : refusedMarkers).add(marker(markerRow(row), caller));
                }
            }
            table.append('\n');
        }
        System.out.println("e2e: authorization matrix through the gateway\n" + table);
        assertThat(failures).isEmpty();
    }

    @Test
    @Order(2)
    void nothing_was_written_where_a_caller_was_refused() throws Exception {
        Thread.sleep(3000); // let the read models catch up: a refused write must not appear there either
        String everything = mongoText();
        assertThat(writtenMarkers).isNotEmpty().allSatisfy(m -> assertThat(everything).as("allowed write " + m).contains(m));
        assertThat(refusedMarkers).isNotEmpty().allSatisfy(m -> assertThat(everything).as("refused write " + m).doesNotContain(m));
    }

    @Test
    @Order(3)
    void the_public_reads_hold_the_figures_and_not_who_wrote_them() throws Exception {
        // The matrix recorded FZ-15.I04 figures as fz-transport and as an admin, each with a marker as its note.
        String note = marker("observation", Caller.REPORT_OWN);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                send("GET", "/api/v1/tracking/indicators/" + INDICATOR, null, Caller.SUPERVISE).body().toString().contains(note));
        JsonNode supervised = send("GET", "/api/v1/tracking/indicators/" + INDICATOR, null, Caller.SUPERVISE).body();
        assertThat(supervised.get("history").toString()).contains("demo-report-fz-transport");

        JsonNode published = send("GET", "/api/v1/tracking/indicators/" + INDICATOR, null, Caller.NONE).body();
        assertThat(published.has("history")).as("who wrote which event").isFalse();
        assertThat(published.get("observations")).isNotEmpty().allSatisfy(o -> {
            assertThat(o.has("note")).as("the reporter's note").isFalse();
            assertThat(o.has("value")).isTrue();
        });
        assertThat(published.get("years")).hasSize(5);
        assertThat(published.get("observations").toString()).isEqualTo(withoutNotes(supervised.get("observations")).toString());
        assertThat(published.get("years")).isEqualTo(supervised.get("years"));
        JsonNode list = send("GET", "/api/v1/tracking/indicators?plan=FZ-15", null, Caller.NONE).body();
        assertThat(list.get("total").asInt()).isEqualTo(26);
        JsonNode dashboard = send("GET", "/api/v1/tracking/plans/FZ-15", null, Caller.NONE).body();
        assertThat(dashboard.get("children")).hasSize(18);
        assertThat(dashboard).isEqualTo(send("GET", "/api/v1/tracking/plans/FZ-15", null, Caller.SUPERVISE).body());
        for (JsonNode answer : List.of(published, list, dashboard)) {
            String text = answer.toString();
            assertThat(text).doesNotContain(note, marker("observation", Caller.ADMIN), "demo-report-fz-transport", "demo-admin",
                    "\"client\"", "timeline", "lastReportedOn", "daysSinceLastReport");
        }
    }

    private static JsonNode withoutNotes(JsonNode observations) {
        com.fasterxml.jackson.databind.node.ArrayNode copy = observations.deepCopy();
        copy.forEach(o -> ((com.fasterxml.jackson.databind.node.ObjectNode) o).remove("note"));
        return copy;
    }

    @Test
    @Order(4)
    void a_revoked_clients_tokens_are_refused_within_a_minute() throws Exception {
        String clientId = "mx-revoked-" + UUID.randomUUID().toString().substring(0, 8);
        Answer registered = send("POST", "/api/v1/admin/departments/clients",
                "{\"clientId\":\"" + clientId + "\",\"department\":\"fz-transport\",\"scopes\":[\"report\"]}", Caller.ADMIN);
        assertThat(registered.status()).isEqualTo(201);
        String secret = registered.body().get("clientSecret").asText();
        secrets.add(secret);
        String token = stack.token(clientId, secret);
        assertThat(sendWith("GET", "/api/v1/tracking/projects/" + project, null, token).status()).isEqualTo(200);
        assertThat(sendWith("POST", "/api/v1/projects/" + project + "/milestones", "{}", token).status()).isEqualTo(400);

        Answer revoked = send("POST", "/api/v1/admin/departments/clients/" + clientId + "/revoke", "{\"reason\":\"系统下线\"}", Caller.ADMIN);
        assertThat(revoked.status()).isBetween(200, 204);
        long revokedAt = System.nanoTime();
        Map<String, Long> bitAfter = new LinkedHashMap<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!bitAfter.containsKey("tracking") && sendWith("GET", "/api/v1/tracking/projects/" + project, null, token).status() == 401) {
                bitAfter.put("tracking", (System.nanoTime() - revokedAt) / 1_000_000);
            }
            if (!bitAfter.containsKey("projects") && sendWith("POST", "/api/v1/projects/" + project + "/milestones", "{}", token).status() == 401) {
                bitAfter.put("projects", (System.nanoTime() - revokedAt) / 1_000_000);
            }
            if (!bitAfter.containsKey("departments")
                    && sendWith("GET", "/api/v1/departments/fz-transport/activity", null, token).status() == 401) {
                bitAfter.put("departments", (System.nanoTime() - revokedAt) / 1_000_000);
            }
            return bitAfter.size() == 3;
        });
        System.out.printf("e2e: revoked client refused after (ms) %s%n", bitAfter);
        Answer refused = sendWith("GET", "/api/v1/tracking/projects/" + project, null, token);
        assertThat(refused.rule()).isEqualTo("invalid-token");
        assertThat(refused.body().path("detail").asText()).contains("revoked");
        assertThat(tokenStatus(clientId, secret)).isEqualTo(401);
    }

    @Test
    @Order(5)
    void a_department_merge_moves_its_projects_lead_to_the_successor_in_the_read_model() throws Exception {
        for (String code : List.of("mx-old", "mx-new")) {
            assertThat(send("POST", "/api/v1/departments", "{\"code\":\"" + code + "\",\"name\":\"矩阵" + code
                    + "\",\"kind\":\"CITY_BUREAU\"}", Caller.ADMIN).status()).isEqualTo(201);
        }
        String led = register("机构改革前的项目", "mx-old", Caller.ADMIN);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "mx-old".equals(send("GET", "/api/v1/tracking/projects/" + led, null, Caller.SUPERVISE).body().path("leadDepartment").asText()));
        // While it leads the project, mx-old cannot be dissolved; the refusal names the project.
        await().atMost(Duration.ofSeconds(30)).until(() -> ledBy("mx-old").contains(led));
        Answer dissolve = send("POST", "/api/v1/departments/mx-old/dissolve", "{\"reason\":\"撤销\"}", Caller.ADMIN);
        assertThat(dissolve.status()).isEqualTo(409);
        assertThat(dissolve.rule()).isEqualTo("department-has-assignments");
        assertThat(dissolve.body().path("assignments").path("projectsLed").path("ids").toString()).contains(led);
        Answer merged = send("POST", "/api/v1/departments/merges",
                "{\"successor\":\"mx-new\",\"merged\":[\"mx-old\"],\"reason\":\"机构改革\"}", Caller.ADMIN);
        assertThat(merged.status()).isBetween(200, 204);
        long mergedAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                "mx-new".equals(send("GET", "/api/v1/tracking/projects/" + led, null, Caller.SUPERVISE).body().path("leadDepartment").asText()));
        System.out.printf("e2e: merge visible as the project's new lead in tracking after %d ms%n",
                (System.nanoTime() - mergedAt) / 1_000_000);
        // The departments service learns it from the projects topic too: the merged department holds nothing.
        await().atMost(Duration.ofSeconds(30)).until(() -> ledBy("mx-new").contains(led) && !ledBy("mx-old").contains(led));
    }

    /** The projects a department leads, as the departments service knows them (what dissolving waits for). */
    private static String ledBy(String department) throws Exception {
        return send("GET", "/api/v1/departments/" + department + "/assignments", null, Caller.SUPERVISE)
                .body().path("projectsLed").path("ids").toString();
    }

    @Test
    @Order(6)
    void no_secret_is_in_clear_in_mongodb_the_logs_or_the_events() throws Exception {
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(5);
        String mongo = mongoText();
        String events = departmentEvents();
        StringBuilder logs = new StringBuilder();
        try (Stream<Path> files = Files.list(stack.dataDir.resolve("logs"))) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                logs.append(Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        assertThat(mongo).contains("{bcrypt}");
        assertThat(events).contains("ClientRegistered");
        for (String secret : secrets) {
            assertThat(mongo).as("MongoDB").doesNotContain(secret);
            assertThat(logs.toString()).as("logs").doesNotContain(secret);
            assertThat(events).as("events").doesNotContain(secret);
        }
        System.out.printf("e2e: %d secrets looked for in %d KiB of MongoDB, %d KiB of logs, %d KiB of events: none found%n",
                secrets.size(), mongo.length() / 1024, logs.length() / 1024, events.length() / 1024);
    }

    @Test
    @Order(7)
    void a_client_over_its_rate_limit_gets_429_with_retry_after() throws Exception {
        String token = tokens.get(Caller.SUPERVISE);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Answer>> burst = new ArrayList<>();
            // A path no service owns: the gateway answers 404 at once, so the burst is fast whatever the
            // services' speed, and it counts against the client like any other request.
            for (int i = 0; i < 200; i++) {
                burst.add(() -> sendWith("GET", "/api/v1/no-such-route", null, token));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : pool.invokeAll(burst)) {
                answers.add(f.get());
            }
            List<Answer> limited = answers.stream().filter(a -> a.status() == 429).toList();
            System.out.printf("e2e: burst of 200 from one client: %d let through, %d rate-limited%n",
                    answers.stream().filter(a -> a.status() != 429).count(), limited.size());
            assertThat(limited).isNotEmpty();
            Answer one = limited.get(0);
            assertThat(one.contentType()).startsWith("application/problem+json");
            assertThat(one.rule()).isEqualTo("rate-limited");
            assertThat(one.headers().get("retry-after")).isNotEmpty();
            assertThat(Integer.parseInt(one.headers().get("retry-after").get(0))).isPositive();
        } finally {
            pool.shutdownNow();
        }
        Thread.sleep(1500);
        assertThat(sendWith("GET", "/api/v1/departments", null, token).status()).isEqualTo(200);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static String markerRow(Row row) {
        return switch (row.name()) {
            case "register a project led by fz-transport" -> "register";
            case "plan a milestone of fz-transport's project" -> "milestone";
            case "reassign a project's lead" -> "lead";
            case "record an observation of fz-transport's indicator" -> "observation";
            case "assign an indicator's responsibility" -> "responsibility";
            case "register a department" -> "department";
            default -> throw new IllegalArgumentException(row.name());
        };
    }

    private static String shortRule(String rule) {
        return rule.length() > 12 ? rule.substring(0, 12) : rule;
    }

    private static String register(String name, String lead, Caller caller) throws Exception {
        Answer created = send("POST", "/api/v1/projects", "{\"name\":\"" + name + "\",\"planRef\":\"FZ-15.C14\",\"leadDepartment\":\""
                + lead + "\",\"plannedStart\":\"2026-03-01\",\"plannedEnd\":\"2027-12-31\"}", caller);
        assertThat(created.status()).as("register " + name + ": " + created.body()).isEqualTo(201);
        return created.body().get("id").asText();
    }

    static Answer send(String method, String path, String body, Caller caller) throws Exception {
        return sendWith(method, path, body, tokens.get(caller));
    }

    static Answer sendWith(String method, String path, String body, String token) throws Exception {
        return stack.send(method, path, body, token);
    }

    private static int tokenStatus(String clientId, String secret) throws Exception {
        try {
            stack.token(clientId, secret);
            return 200;
        } catch (IllegalStateException refused) {
            return Integer.parseInt(refused.getMessage().replaceAll("^token for \\S+: (\\d+).*$", "$1").trim());
        }
    }

    /** Every document of every collection of every database of the stack, as JSON text. */
    private static String mongoText() {
        StringBuilder text = new StringBuilder();
        try (MongoClient client = MongoClients.create(stack.mongo())) {
            for (String name : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        text.append(document.toJson()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    /** Every record on the departments' event topic, headers and value. */
    private static String departmentEvents() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        StringBuilder text = new StringBuilder();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("fyp.departments.events.v1"));
            long quietSince = System.nanoTime();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    record.headers().forEach(h -> text.append(h.key()).append('=').append(new String(h.value(), StandardCharsets.UTF_8)).append(' '));
                    text.append(record.value()).append('\n');
                    quietSince = System.nanoTime();
                }
            }
        }
        return text.toString();
    }

    /** A token with a good signature (the stack's own key, decrypted as the departments service does) that expired 10 minutes ago. */
    private static String expiredToken() throws Exception {
        try (MongoClient client = MongoClients.create(stack.mongo())) {
            Document key = client.getDatabase("fyp_departments").getCollection("signing_keys")
                    .find(new Document("retiredAt", null)).first();
            assertThat(key).as("a signing key in fyp_departments.signing_keys").isNotNull();
            String keyId = key.getString("_id");
            byte[] salt = key.get("salt", Binary.class).getData();
            byte[] iv = key.get("iv", Binary.class).getData();
            byte[] sealed = key.get("encryptedPrivateKey", Binary.class).getData();
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(LOCAL_KEY_SECRET.toCharArray(), salt, 210_000, 256)).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(cipher.doFinal(sealed)));
            RSAKey signing = new RSAKey.Builder(RSAKey.parse(key.getString("publicJwk"))).privateKey(privateKey).keyID(keyId).build();
            Instant issued = Instant.now().minus(Duration.ofMinutes(15));
            return sign(signing, issued, issued.plus(Duration.ofMinutes(5)));
        }
    }

    /** A token naming the stack's key id, signed with another key. */
    private static String forgedToken() throws Exception {
        String keyId = SignedJWT.parse(tokens.get(Caller.ADMIN)).getHeader().getKeyID();
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(keyId).generate();
        return sign(stranger, Instant.now(), Instant.now().plus(Duration.ofMinutes(5)));
    }

    private static String sign(RSAKey key, Instant issued, Instant expires) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("demo-admin").claim("client_id", "demo-admin").claim("department", "fz-transport")
                .claim("scope", "admin report supervise").audience(List.of("fyp-tracker"))
                .issueTime(Date.from(issued)).notBeforeTime(Date.from(issued)).expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
