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
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's fault injection: the local stack (real Kafka broker, MongoDB-wire server, every service, the
 * gateway) under steady milestone-report load while one thing at a time breaks. After each fault every
 * request that got a 2xx — at once or by a retry with the same Idempotency-Key — is exactly once in the
 * projects event store, at least once on {@code fyp.projects.events.v1}, and exactly once in the tracking
 * read model; a retry's answer names the same report as the stored event.
 *
 * <p>{@code -Dfyp.faults=all} (what {@code ./deploy/faults} runs) injects every fault; the regular build runs
 * the reduced set (kill -9 of tracking, gateway restart). The table goes to stdout and to
 * {@code deploy/e2e/target/fault-table.md}.
 */
class FaultInjectionIT {

    static final List<String> ALL = List.of("projects-kill9", "tracking-kill9", "kafka-stop-30s", "mongo-stop-30s", "gateway-restart");
    static final List<String> REDUCED = List.of("tracking-kill9", "gateway-restart");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern KEY = Pattern.compile("ld-[a-z0-9]+-\\d+-[0-9a-f]{8}");
    private static final Pattern REPORT_ID = Pattern.compile("reportId[\\\\\":\\s]+([A-Za-z0-9-]{8,})");
    private static final String TOPIC = "fyp.projects.events.v1";

    private static LocalStack stack;
    private static Stores stores;
    private static StackProcesses processes;
    private static final List<ReportLoad.Target> targets = new ArrayList<>();

    @BeforeAll
    static void startStack() throws Exception {
        stack = new LocalStack("faults").isolate();
        System.out.printf("e2e: fault stack healthy after %d ms%n", stack.up());
        stores = new Stores(stack.mongo());
        processes = new StackProcesses(stack);
        for (int i = 0; i < 3; i++) {
            String project = post("/api/v1/projects", "{\"name\":\"故障注入项目" + i + "\",\"planRef\":\"FZ-15.C14\","
                    + "\"leadDepartment\":\"fz-transport\",\"plannedStart\":\"2026-03-01\",\"plannedEnd\":\"2029-12-31\"}");
            String milestone = post("/api/v1/projects/" + project + "/milestones", "{\"title\":\"故障注入节点\",\"plannedDate\":\"2029-06-30\"}");
            targets.add(new ReportLoad.Target(project, milestone));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> targets.stream().allMatch(t -> view(t.projectId()) != null));
    }

    @AfterAll
    static void stopStack() throws Exception {
        if (stores != null) {
            stores.close();
        }
        if (stack != null) {
            stack.down();
        }
    }

    /** One line of the table. */
    record Row(String fault, int sent, int acceptedFirstTime, int retried, int accepted, int lost, int duplicated,
               int wrongAnswers, int onTopic, String writesBack, String readModelsBack, String note) {
    }

    @Test
    void under_report_load_nothing_is_lost_and_nothing_doubled_whatever_breaks() throws Exception {
        String selection = System.getProperty("fyp.faults", "reduced");
        List<String> faults = switch (selection) {
            case "all" -> ALL;
            case "reduced", "" -> REDUCED;
            default -> Arrays.asList(selection.split(","));
        };
        ReportLoad load = new ReportLoad(stack, targets, Duration.ofMillis(Long.getLong("fyp.faults.interval-ms", 200)),
                Duration.ofSeconds(5));
        List<Row> rows = new ArrayList<>();
        for (String fault : faults) {
            rows.add(run(fault, load));
            printTable(rows);
        }
        for (Row row : rows) {
            assertThat(row.lost()).as(row.fault() + " lost").isZero();
            assertThat(row.duplicated()).as(row.fault() + " duplicated").isZero();
            assertThat(row.wrongAnswers()).as(row.fault() + " wrong answers").isZero();
            assertThat(row.accepted()).as(row.fault() + " every request ends with a 2xx").isEqualTo(row.sent());
        }
    }

    private Row run(String fault, ReportLoad load) throws Exception {
        System.out.printf("e2e: fault %s: load starts%n", fault);
        load.start(fault);
        Thread.sleep(5_000);
        long injected = System.currentTimeMillis();
        String component = switch (fault) {
            case "projects-kill9" -> "projects";
            case "tracking-kill9" -> "tracking";
            case "kafka-stop-30s" -> "kafka";
            case "mongo-stop-30s" -> "mongo";
            default -> "gateway";
        };
        CatchUp catchUp = new CatchUp(load, component, injected);
        catchUp.start();
        String note = "";
        switch (fault) {
            case "projects-kill9" -> {
                processes.kill9("projects");
                note = degradedWhile(() -> !processes.ready("projects"), () -> {
                    processes.start("projects");
                    processes.awaitReady("projects", Duration.ofMinutes(5));
                });
            }
            case "tracking-kill9" -> {
                processes.kill9("tracking");
                processes.start("tracking");
                processes.awaitReady("tracking", Duration.ofMinutes(5));
            }
            case "kafka-stop-30s" -> {
                processes.stop("kafka");
                Thread.sleep(30_000);
                processes.start("kafka");
                processes.awaitReady("kafka", Duration.ofMinutes(2));
            }
            case "mongo-stop-30s" -> {
                processes.stop("mongo");
                Thread.sleep(30_000);
                processes.start("mongo");
                processes.awaitReady("mongo", Duration.ofMinutes(2));
            }
            case "gateway-restart" -> {
                processes.stop("gateway");
                processes.start("gateway");
                processes.awaitReady("gateway", Duration.ofMinutes(3));
            }
            default -> throw new IllegalArgumentException("unknown fault " + fault + "; known: " + ALL);
        }
        long ready = System.currentTimeMillis();
        System.out.printf("e2e: fault %s: injected, serving again after %d ms%n", fault, ready - injected);
        Thread.sleep(5_000);
        long caughtUp = catchUp.await(Duration.ofMinutes(3));
        load.stopAndDrain(Duration.ofMinutes(3));
        Map<String, List<String>> stored = storedEventsByKey();
        awaitReadModels(load, stored, Duration.ofMinutes(3));
        stored = storedEventsByKey();
        acceptedBefore += (int) load.requests.stream().filter(ReportLoad.Request::accepted).count();
        return verify(fault, load, stored, injected, caughtUp, note);
    }

    /** While the service is down: tracking reads through the gateway keep answering, and writes get a 503 problem at once. */
    private String degradedWhile(java.util.function.BooleanSupplier down, ThrowingRunnable heal) throws Exception {
        int reads = 0;
        int readsOk = 0;
        int writes = 0;
        int writes503 = 0;
        long slowestWrite = 0;
        Thread healer = new Thread(() -> {
            try {
                heal.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        healer.start();
        while (healer.isAlive() && down.getAsBoolean()) {
            reads++;
            if (view(targets.get(0).projectId()) != null) {
                readsOk++;
            }
            long started = System.nanoTime();
            int status = status("POST", "/api/v1/projects/probe/milestones", "{}");
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (down.getAsBoolean()) {
                writes++;
                if (status == 503) {
                    writes503++;
                    slowestWrite = Math.max(slowestWrite, millis);
                }
            }
            Thread.sleep(500);
        }
        healer.join();
        String note = String.format("while down: tracking reads %d/%d ok, writes 503 in %d/%d (slowest %d ms)",
                readsOk, reads, writes503, writes, slowestWrite);
        System.out.println("e2e: " + note);
        assertThat(readsOk).as("tracking reads while projects is down").isEqualTo(reads);
        assertThat(slowestWrite).as("the gateway answers 503 quickly").isLessThan(2_000);
        return note;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    // ---- the checks --------------------------------------------------------------------------------

    /** Reports accepted by earlier faults (all in the read models by then): the monitor counts on top of them. */
    private static int acceptedBefore;

    /**
     * Watches, from the injection on, for the moment the system has recovered: the broken part serves again
     * and the read models hold every report accepted until two seconds before (the normal lag is well under).
     */
    private static final class CatchUp extends Thread {
        private final ReportLoad load;
        private final String component;
        private final long injected;
        private volatile long recoveredAt = -1;
        private volatile boolean stop;

        CatchUp(ReportLoad load, String component, long injected) {
            super("catch-up-" + component);
            setDaemon(true);
            this.load = load;
            this.component = component;
            this.injected = injected;
        }

        @Override
        public void run() {
            boolean wasDown = false;
            while (!stop && recoveredAt < 0) {
                long now = System.currentTimeMillis();
                boolean up = processes.ready(component);
                wasDown |= !up;
                if (up && (wasDown || now - injected > 3_000)) {
                    long accepted = acceptedBefore + load.requests.stream().filter(r -> r.acceptedAt > 0 && r.acceptedAt <= now - 2_000).count();
                    long inReadModels = progressInReadModels();
                    if (inReadModels >= accepted) {
                        recoveredAt = now;
                        return;
                    }
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long await(Duration timeout) throws InterruptedException {
            join(timeout.toMillis());
            stop = true;
            return recoveredAt;
        }
    }

    /** Progress reports in the load's projects' timelines (-1 when the read models cannot be read). */
    private static long progressInReadModels() {
        long count = 0;
        for (ReportLoad.Target target : targets) {
            JsonNode view = view(target.projectId());
            if (view == null) {
                return -1;
            }
            for (JsonNode entry : view.path("timeline")) {
                if (entry.path("type").asText().contains("ProgressReported")) {
                    count++;
                }
            }
        }
        return count;
    }

    private Row verify(String fault, ReportLoad load, Map<String, List<String>> stored, long injected, long caughtUp,
                       String note) throws Exception {
        Map<String, Integer> inReadModels = readModelCounts();
        Map<String, Set<String>> onTopic = topicIdsByKey();
        int lost = 0;
        int duplicated = 0;
        int wrong = 0;
        int topic = 0;
        List<String> problems = new ArrayList<>();
        for (ReportLoad.Request request : load.requests) {
            List<String> events = stored.getOrDefault(request.key, List.of());
            if (request.wrongAnswer != null) {
                wrong++;
                problems.add(request.key + " wrong answer " + request.wrongAnswer);
            }
            if (!request.accepted()) {
                if (!events.isEmpty()) {
                    problems.add(request.key + " never answered 2xx but stored " + events.size());
                }
                lost++;
                continue;
            }
            int readCount = events.stream().mapToInt(id -> inReadModels.getOrDefault(id.split("\\|")[0], 0)).sum();
            boolean topicOk = onTopic.containsKey(request.key);
            if (events.isEmpty() || readCount == 0 || !topicOk) {
                lost++;
                problems.add(request.key + " stored " + events.size() + " read models " + readCount + " topic " + topicOk);
            } else if (events.size() > 1 || readCount > 1) {
                duplicated++;
                problems.add(request.key + " stored " + events.size() + " read models " + readCount);
            }
            if (topicOk) {
                topic++;
            }
            // The answer (first or replayed) names the report that was stored.
            if (events.size() == 1 && request.reportId != null && !events.get(0).endsWith("|" + request.reportId)) {
                wrong++;
                problems.add(request.key + " answered " + request.reportId + " but stored " + events.get(0));
            }
        }
        // Nothing stored for a key the load never sent (a retry must not create a second report).
        Set<String> sentKeys = new HashSet<>();
        load.requests.forEach(r -> sentKeys.add(r.key));
        String prefix = load.requests.isEmpty() ? "" : load.requests.get(0).key.substring(0, load.requests.get(0).key.indexOf('-', 3) + 1);
        stored.keySet().stream().filter(k -> k.startsWith(prefix) && !sentKeys.contains(k))
                .forEach(k -> problems.add(k + " stored but never sent"));
        if (!problems.isEmpty()) {
            System.out.println("e2e: fault " + fault + " problems:\n  " + String.join("\n  ", problems.subList(0, Math.min(50, problems.size()))));
        }
        int sent = load.requests.size();
        int first = (int) load.requests.stream().filter(ReportLoad.Request::acceptedFirstTime).count();
        int accepted = (int) load.requests.stream().filter(ReportLoad.Request::accepted).count();
        // Writes are back when the requests sent after the last failed one are accepted at once again.
        List<ReportLoad.Request> inOrder = load.requests.stream()
                .sorted(java.util.Comparator.comparingLong(r -> r.firstSentAt)).toList();
        long lastFailure = inOrder.stream().filter(r -> !r.acceptedFirstTime()).mapToLong(r -> r.firstSentAt).max().orElse(-1);
        long backAt = inOrder.stream().filter(r -> r.firstSentAt > lastFailure && r.acceptedFirstTime())
                .mapToLong(r -> r.firstSentAt).min().orElse(-1);
        String writesBack = lastFailure < 0 ? "no failure" : backAt < 0 ? "never" : seconds(backAt - injected);
        String readsBack = caughtUp < 0 ? "never" : seconds(caughtUp - injected);
        Map<String, Long> firstErrors = new java.util.TreeMap<>();
        load.requests.stream().filter(r -> !r.acceptedFirstTime()).forEach(r ->
                firstErrors.merge(r.firstStatus < 0 ? "no answer" : String.valueOf(r.firstStatus), 1L, Long::sum));
        String errors = firstErrors.isEmpty() ? "" : "first answers " + firstErrors;
        return new Row(fault, sent, first, sent - first, accepted, lost, duplicated, wrong, topic, writesBack, readsBack,
                String.join("; ", List.of(errors, note).stream().filter(s -> !s.isBlank()).toList()));
    }

    /** Idempotency-Key → stored MilestoneProgressReported events of the load's projects, as "eventId|reportId". */
    private static Map<String, List<String>> storedEventsByKey() {
        Map<String, List<String>> byKey = new HashMap<>();
        List<String> projects = targets.stream().map(ReportLoad.Target::projectId).toList();
        for (Document event : stores.mongo.getDatabase("fyp_projects").getCollection("domainevents")
                .find(new Document("aggregateIdentifier", new Document("$in", projects)))) {
            if (!String.valueOf(event.get("payloadType")).endsWith("MilestoneProgressReported")) {
                continue;
            }
            String text = event.toJson();
            Matcher key = KEY.matcher(text);
            Matcher report = REPORT_ID.matcher(text);
            if (key.find()) {
                byKey.computeIfAbsent(key.group(), k -> new ArrayList<>())
                        .add(event.getString("eventIdentifier") + "|" + (report.find() ? report.group(1) : "?"));
            }
        }
        return byKey;
    }

    /** Event id → how many times the tracking read model's timelines hold it. */
    private static Map<String, Integer> readModelCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (ReportLoad.Target target : targets) {
            JsonNode view = view(target.projectId());
            if (view != null) {
                view.path("timeline").forEach(entry -> counts.merge(entry.path("eventId").asText(), 1, Integer::sum));
            }
        }
        return counts;
    }

    /** Polls until the read models hold every stored report; returns when (epoch ms), or -1. */
    private static long awaitReadModels(ReportLoad load, Map<String, List<String>> stored, Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            Map<String, Integer> counts = readModelCounts();
            boolean all = stored.values().stream().flatMap(List::stream).allMatch(id -> counts.containsKey(id.split("\\|")[0]));
            if (all) {
                return System.currentTimeMillis();
            }
            Thread.sleep(500);
        }
        return -1;
    }

    /** Idempotency-Key → CloudEvent ids of the records on the projects topic for the load's projects. */
    private static Map<String, Set<String>> topicIdsByKey() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "faults-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Set<String> projects = new HashSet<>(targets.stream().map(ReportLoad.Target::projectId).toList());
        Map<String, Set<String>> byKey = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!projects.contains(record.key())) {
                        continue;
                    }
                    Matcher key = KEY.matcher(new String(record.value(), StandardCharsets.UTF_8));
                    Header id = record.headers().lastHeader("ce_id");
                    if (key.find()) {
                        byKey.computeIfAbsent(key.group(), k -> new HashSet<>())
                                .add(id == null ? "?" : new String(id.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return byKey;
    }

    // ---- the table ---------------------------------------------------------------------------------

    private static void printTable(List<Row> rows) throws Exception {
        StringBuilder table = new StringBuilder();
        table.append("| fault | requests sent | accepted at once | retried | accepted in the end | lost | duplicated | wrong answers "
                + "| on the topic | writes accepted at once again after | recovered after | notes |\n");
        table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Row row : rows) {
            table.append(String.format("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %s | %s | %s |%n", row.fault(), row.sent(),
                    row.acceptedFirstTime(), row.retried(), row.accepted(), row.lost(), row.duplicated(), row.wrongAnswers(),
                    row.onTopic(), row.writesBack(), row.readModelsBack(), row.note()));
        }
        System.out.println("e2e: fault table\n" + table);
        Path file = stack.repo.resolve("deploy/e2e/target/fault-table.md");
        Files.writeString(file, "Fault injection " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " (faults: "
                + System.getProperty("fyp.faults", "reduced") + ")\n\n" + table);
    }

    private static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }

    // ---- HTTP --------------------------------------------------------------------------------------

    private static String post(String path, String body) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "faults-setup-" + UUID.randomUUID())
                .header("Authorization", "Bearer " + stack.token("demo-report-fz-transport"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return JSON.readTree(answer.body()).get("id").asText();
    }

    private static int status(String method, String path, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + stack.token("demo-report-fz-transport"))
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** The tracking read model of a project through the gateway, or null. */
    static JsonNode view(String projectId) {
        try {
            HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/v1/tracking/projects/" + projectId))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + stack.token("demo-supervise")).build(), HttpResponse.BodyHandlers.ofByteArray());
            return answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
