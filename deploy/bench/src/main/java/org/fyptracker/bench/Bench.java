package org.fyptracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.bson.Document;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark: run by {@code deploy/bench/run}, which starts the stack on its own ports and data dir and
 * passes where everything is ({@code --key=value}). Prints a table and writes the results as JSON.
 */
public final class Bench {

    private final Map<String, String> args;
    private final boolean quick;
    private final double warmup;
    private final double measure;
    private final String gateway;
    private final String projects;
    private final String tracking;
    private final String crud;
    private final String kafka;
    private final String mongo;
    private final Http http;
    private final Footprint footprint;
    private final Map<String, Object> out = new LinkedHashMap<>();
    private final List<String> table = new ArrayList<>();

    /** A seeded key project the bench reports on, with the client that may write to it. */
    record Target(String id, String plan, String lead, String client, String ingestMilestone, String lagMilestone) {
    }

    private final List<Target> targets = new ArrayList<>();

    Bench(Map<String, String> args) throws Exception {
        this.args = args;
        this.quick = args.containsKey("quick");
        this.warmup = Double.parseDouble(args.getOrDefault("warmup", quick ? "3" : "5"));
        this.measure = Double.parseDouble(args.getOrDefault("measure", quick ? "8" : "15"));
        this.gateway = args.get("gateway");
        this.projects = args.get("projects");
        this.tracking = args.get("tracking");
        this.crud = args.get("crud");
        this.kafka = args.get("kafka");
        this.mongo = args.get("mongo");
        Path data = Path.of(args.get("data"));
        this.http = new Http(gateway, data.resolve("demo-clients.json"), 4);
        Map<String, Long> extra = new LinkedHashMap<>();
        if (args.containsKey("crud-pid")) {
            extra.put("crud baseline", Long.parseLong(args.get("crud-pid")));
        }
        this.footprint = Footprint.of(data.resolve("pids"), extra);
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (String a : argv) {
            String s = a.replaceFirst("^--", "");
            int eq = s.indexOf('=');
            args.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "true" : s.substring(eq + 1));
        }
        Bench bench = new Bench(args);
        int status = 0;
        try {
            bench.run();
        } catch (Exception e) {
            e.printStackTrace();
            bench.out.put("error", e.toString());
            status = 1;
        } finally {
            bench.write();
        }
        System.exit(status);
    }

    void run() throws Exception {
        out.put("date", args.get("date"));
        out.put("mode", quick ? "quick" : "full");
        out.put("machine", machine());
        out.put("javaOpts", args.getOrDefault("java-opts", ""));
        out.put("loadModel", "open (fixed arrival rate, latency from each request's due time, warm-up "
                + warmup + " s excluded, " + measure + " s measured); max rate: the best of closed loops at rising concurrency (HTTP: "
                + java.util.Arrays.toString(HTTP_CONCURRENCY) + ", stopping when a level adds less than "
                + Math.round(MAX_GAIN * 100) + "%)");
        if (args.containsKey("cold-start")) {
            out.put("coldStartSeconds", Double.parseDouble(args.get("cold-start")));
        }
        setup();
        idleFootprint();
        // --scenarios=simulate,queries,rebuild runs a part (e.g. a larger history alone); the table says which ran
        java.util.Set<String> scenarios = new java.util.LinkedHashSet<>(List.of(
                args.getOrDefault("scenarios", "ingest,lag,simulate,queries,rebuild").split(",")));
        out.put("scenarios", scenarios);
        if (scenarios.contains("ingest")) {
            ingest();
        }
        if (scenarios.contains("lag") && (gatewayMax > 0 || args.containsKey("lag-rate"))) {
            lag();
        }
        if (scenarios.contains("simulate")) {
            simulate();
        }
        if (scenarios.contains("queries")) {
            queries();
        }
        if (scenarios.contains("rebuild")) {
            rebuild();
        }
        if (scenarios.contains("cost")) {
            cost();
        }
    }

    // --- setup -------------------------------------------------------------------------------------------

    void setup() throws Exception {
        log("setup: waiting for the seeded projects in the tracking read model");
        JsonNode items = null;
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode page = http.getJson(gateway + "/api/v1/tracking/projects?size=500", "demo-supervise");
            items = page.path("items");
            if (items.size() >= 79) {
                break;
            }
            Thread.sleep(2000);
        }
        if (items == null || items.size() < 79) {
            throw new IllegalStateException("only " + (items == null ? 0 : items.size()) + " projects seeded");
        }
        // milestones planned 8 at a time (admin: it may write to any project)
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Target>> planned = new ArrayList<>();
        int lagTargets = 0;
        for (JsonNode p : items) {
            String id = p.path("projectId").asText(p.path("id").asText());
            String lead = p.path("leadDepartment").asText();
            String plan = p.path("planCode").asText(p.path("planRef").asText().replaceAll("\\..*", ""));
            String client = http.has("demo-report-" + lead) ? "demo-report-" + lead : "demo-admin";
            String end = p.path("plannedEnd").asText("2030-06-30");
            String date = end.isEmpty() || end.compareTo("2030-12-31") > 0 ? "2030-06-30" : end;
            boolean lagProbe = lagTargets < 6 && ((lagTargets % 2 == 0) == plan.startsWith("FZ"));
            if (lagProbe) {
                lagTargets++;
            }
            planned.add(pool.submit(() -> {
                String ingestMs = milestone(id, "基准测试节点", date);
                String lagMs = lagProbe ? milestone(id, "基准测试时延节点", date) : null;
                return ingestMs == null ? null : new Target(id, plan, lead, client, ingestMs, lagMs);
            }));
        }
        for (var f : planned) {
            Target t = f.get();
            if (t != null) {
                targets.add(t);
            }
        }
        pool.shutdown();
        Map<String, Long> byPlan = new LinkedHashMap<>();
        Map<String, Long> byClient = new LinkedHashMap<>();
        targets.forEach(t -> {
            byPlan.merge(t.plan, 1L, Long::sum);
            byClient.merge(t.client, 1L, Long::sum);
        });
        log("setup: " + targets.size() + " projects with a bench milestone, by plan " + byPlan + ", by client " + byClient);
        out.put("ingestTargets", Map.of("projects", targets.size(), "byPlan", byPlan, "byClient", byClient));
        // one report on each, so every path is exercised once before anything is measured
        // one report on each (8 at a time, retried), so every path is exercised before anything is measured
        java.util.concurrent.ExecutorService firstPool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Integer>> first = new ArrayList<>();
        for (Target t : targets) {
            first.add(firstPool.submit(() -> {
                int status = 0;
                for (int attempt = 0; attempt < 5 && status / 100 != 2; attempt++) {
                    if (attempt > 0) {
                        Thread.sleep(1000);
                    }
                    status = http.postAsync(reportUrl(gateway, t), t.client, reportBody(0)).get();
                }
                return status;
            }));
        }
        int ok = 0;
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (var f : first) {
            int status = f.get();
            statuses.merge(status, 1, Integer::sum);
            if (status / 100 == 2) {
                ok++;
            }
        }
        firstPool.shutdown();
        log("setup: first reports " + statuses);
        if (ok < targets.size() * 9 / 10) {
            throw new IllegalStateException("only " + ok + " of " + targets.size() + " first reports accepted");
        }
        readTemplates();
    }

    /** Real records of each event type, copied by the raw Kafka baseline and the simulated history. */
    private void readTemplates() throws Exception {
        Map<String, List<ConsumerRecord<String, byte[]>>> found = Map.of();
        for (int i = 0; i < 30 && !found.containsKey("MilestoneProgressReported"); i++) {
            if (i > 0) {
                Thread.sleep(2000); // the publisher sends from the event store a moment after the 2xx
            }
            found = Baselines.readTemplates(kafka, "fyp.projects.events.v1", r -> true, 2);
        }
        log("setup: event types on the projects topic " + found.keySet());
        this.templates = found;
    }

    private String milestone(String projectId, String title, String date) throws Exception {
        HttpResponse<String> r = http.post(gateway + "/api/v1/projects/" + projectId + "/milestones", "demo-admin",
                "{\"title\":\"" + title + "\",\"plannedDate\":\"" + date + "\",\"weight\":1}");
        if (r.statusCode() != 201) {
            log("  milestone on " + projectId + ": " + r.statusCode() + " " + r.body());
            return null;
        }
        return Http.JSON.readTree(r.body()).get("id").asText();
    }

    static String reportUrl(String base, Target t) {
        return base + "/api/v1/projects/" + t.id + "/milestones/" + t.ingestMilestone + "/reports";
    }

    static String reportBody(long seq) {
        return "{\"type\":\"PROGRESS\",\"percentComplete\":40,\"investmentCompleted\":0.01,\"narrative\":\"基准测试 第"
                + seq + "次报告\",\"reportedOn\":\"2026-05-10\"}";
    }

    OpenLoad.Op reports(String base) {
        return seq -> {
            Target t = targets.get((int) (seq % targets.size()));
            return http.postAsync(reportUrl(base, t), t.client, reportBody(seq));
        };
    }

    // --- footprint --------------------------------------------------------------------------------------

    Footprint.Sample idleStart;

    void idleFootprint() throws Exception {
        log("footprint: idle");
        Thread.sleep(3000);
        Footprint.Sample a = footprint.sample();
        Thread.sleep(quick ? 5000 : 10000);
        Footprint.Sample b = footprint.sample();
        out.put("footprintIdle", Footprint.between(a, b));
    }

    /**
     * Waits until the stack is about as quiet as it was at idle: after a history the read model can be complete
     * (tracking answered with the last events) before the processes are done — the stand-in committing its pages,
     * the departments' activity projection catching up — and queries timed then would measure that backlog, not
     * the dashboards. (In the history runs of finding 38 the stack was quiet within 4-10 s; what had slowed their
     * queries was the gateway's cold JIT, see the warm-up in {@link #queries}.) Quiet = two readings in a row, 2 s
     * apart, with the stack's CPU below 1.5x its idle reading plus 20% of one core.
     * Gives up after {@code --settle-max} seconds (default 300) and says so; returns what it found.
     */
    Map<String, Object> settle() throws Exception {
        double idle = stackCpu(out.get("footprintIdle"));
        double limit = (Double.isNaN(idle) ? 40 : idle) * 1.5 + 20;
        long started = System.nanoTime();
        long cap = Long.parseLong(args.getOrDefault("settle-max", "300"));
        int quietReadings = 0;
        double cpu = Double.NaN;
        Footprint.Sample a = footprint.sample();
        while (quietReadings < 2 && (System.nanoTime() - started) / 1e9 < cap) {
            Thread.sleep(2000);
            Footprint.Sample b = footprint.sample();
            cpu = stackCpu(Footprint.between(a, b));
            a = b;
            quietReadings = cpu < limit ? quietReadings + 1 : 0;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean settled = quietReadings >= 2;
        log("settle: stack CPU " + fmt(cpu) + "% of one core after " + fmt(seconds) + " s (quiet below " + fmt(limit)
                + "%)" + (settled ? "" : " — NOT settled, measuring anyway"));
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("settled", settled);
        r.put("seconds", OpenLoad.round(seconds));
        r.put("stackCpuPercent", OpenLoad.round(cpu));
        r.put("quietBelowPercent", OpenLoad.round(limit));
        return r;
    }

    @SuppressWarnings("unchecked")
    static double stackCpu(Object footprint) {
        if (footprint instanceof Map<?, ?> m && m.get(Footprint.STACK_TOTAL) instanceof Map<?, ?> total) {
            return ((Map<String, Double>) total).get("cpuPercent");
        }
        return Double.NaN;
    }

    // --- 1. ingest --------------------------------------------------------------------------------------

    void ingest() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        out.put("ingest", result);
        Baselines.createTopic(kafka, Baselines.RAW_TOPIC, 3);
        ConsumerRecord<String, byte[]> progress = templates.get("MilestoneProgressReported").get(0);
        Document eventDoc = Baselines.eventDocument(mongo + "/fyp_projects");
        result.put("eventSizes", Map.of("cloudEventValueBytes", progress.value().length,
                "storedEventDocumentBytes", eventDoc.toJson().length()));

        Map<String, OpenLoad.Op> systems = new LinkedHashMap<>();
        systems.put("gateway", reports(gateway));
        systems.put("direct", reports(projects));
        systems.put("crud", reports(crud));
        KafkaProducer<String, byte[]> producer = Baselines.producer(kafka);
        systems.put("kafka", Baselines.kafka(producer, progress));
        Baselines.MongoInserts inserts = new Baselines.MongoInserts(mongo, eventDoc, 16);
        systems.put("mongo", inserts.op());
        // Requests in flight of the closed loops that find each system's max: the HTTP systems are tried at
        // rising concurrency (a closed loop at one level measures "level / latency", not capacity); the raw
        // Kafka producer and the Mongo inserts have their own fixed pools.
        Map<String, int[]> concurrency = Map.of("gateway", HTTP_CONCURRENCY, "direct", HTTP_CONCURRENCY,
                "crud", HTTP_CONCURRENCY, "kafka", new int[]{512}, "mongo", new int[]{16});

        // The stack has just started: its JVMs have not compiled the request paths yet, and the first closed loops
        // (the gateway's max) measured that. Full run 2026-11-26T044524: the gateway at 16 in flight 93/s at p50 164 ms,
        // then 176/s open-loop at p50 4.7 ms. So each HTTP path is driven first, unrecorded (the direct path is the
        // gateway's second half).
        double jitWarmup = Double.parseDouble(args.getOrDefault("jit-warmup", quick ? "15" : "30"));
        result.put("jitWarmupSeconds", jitWarmup);
        for (String system : List.of("gateway", "crud")) {
            log("ingest: warming up " + system + " for " + fmt(jitWarmup) + " s (closed loop, 32 in flight, not recorded)");
            OpenLoad.saturate(system, systems.get(system), 32, jitWarmup, 1);
        }

        Map<String, Object> max = new LinkedHashMap<>();
        result.put("max", max);
        Map<String, Double> maxRate = new LinkedHashMap<>();
        // The HTTP systems take turns at each concurrency level, so the gateway and the direct path are measured in
        // the same state of the JVMs they share (still compiling early on: the projects service's JIT was busy
        // for about two minutes after the warm-up in quick run 2026-11-26T063839, while the gateway went first).
        Map<String, MaxSearch> searches = new LinkedHashMap<>();
        systems.keySet().forEach(name -> searches.put(name, new MaxSearch(name)));
        inTurns(List.of(searches.get("gateway"), searches.get("direct"), searches.get("crud")), HTTP_CONCURRENCY, systems);
        for (String raw : List.of("kafka", "mongo")) {
            inTurns(List.of(searches.get(raw)), concurrency.get(raw), systems);
        }
        for (var e : systems.entrySet()) {
            MaxSearch search = searches.get(e.getKey());
            max.put(e.getKey(), search.toJson());
            maxRate.put(e.getKey(), search.best.acceptedPerSecond());
        }
        double gwMax = maxRate.get("gateway");
        this.gatewayMax = gwMax;
        List<Object> levels = new ArrayList<>();
        result.put("levels", levels);
        Map<Integer, Map<String, OpenLoad.Result>> byLevel = new LinkedHashMap<>();
        for (int pct : new int[]{25, 50, 80}) {
            double rate = Math.max(1, gwMax * pct / 100.0);
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("percentOfGatewayMax", pct);
            level.put("ratePerSecond", OpenLoad.round(rate));
            Map<String, OpenLoad.Result> results = new LinkedHashMap<>();
            for (var e : systems.entrySet()) {
                log("ingest: " + e.getKey() + " at " + fmt(rate) + "/s (" + pct + "% of the gateway's max)");
                Footprint.Sample a = footprint.sample();
                OpenLoad.Result r = OpenLoad.fixedRate(e.getKey(), e.getValue(), rate, warmup, measure, 2000);
                Footprint.Sample b = footprint.sample();
                if (pct == 80 && e.getKey().equals("gateway")) {
                    out.put("footprintUnderIngest", Map.of("ratePerSecond", OpenLoad.round(rate),
                            "processes", Footprint.between(a, b)));
                }
                results.put(e.getKey(), r);
                level.put(e.getKey(), r.toJson());
                log("  p50 " + fmt(r.percentileMillis(50)) + " ms, p99 " + fmt(r.percentileMillis(99)) + " ms, p99.9 "
                        + fmt(r.percentileMillis(99.9)) + " ms, " + fmt(r.acceptedPerSecond()) + "/s accepted"
                        + (r.sustained() ? "" : " (NOT sustained: " + r.failed() + " failed, " + r.dropped() + " dropped)") + " " + r.statuses());
            }
            levels.add(level);
            byLevel.put(pct, results);
        }
        producer.close();
        inserts.close();

        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("gatewayMaxOverCrudMax", OpenLoad.round(gwMax / maxRate.get("crud")));
        ratios.put("gatewayP50OverDirectP50At50pct", OpenLoad.round(byLevel.get(50).get("gateway").percentileMillis(50)
                / byLevel.get(50).get("direct").percentileMillis(50)));
        ratios.put("gatewayP99At50pctMs", OpenLoad.round(byLevel.get(50).get("gateway").percentileMillis(99)));
        result.put("ratios", ratios);

        table.add(String.format("%-30s %14s %22s %22s %22s", "1. ingest (reports/s; ms)", "max/s (n)",
                "p50/p99/p99.9 @25%", "@50%", "@80%"));
        for (String s : systems.keySet()) {
            Object level = ((Map<?, ?>) max.get(s)).get("concurrency");
            StringBuilder row = new StringBuilder(String.format("%-30s %14s", label(s), fmt(maxRate.get(s)) + " (" + level + ")"));
            for (int pct : new int[]{25, 50, 80}) {
                OpenLoad.Result r = byLevel.get(pct).get(s);
                row.append(String.format(" %22s", fmt(r.percentileMillis(50)) + "/" + fmt(r.percentileMillis(99)) + "/"
                        + fmt(r.percentileMillis(99.9)) + (r.sustained() ? "" : "!")));
            }
            table.add(row.toString());
        }
        table.add(String.format("   rates @25/50/80%% = %s/%s/%s per s for every row (of the gateway's max); ! = not sustained;"
                        + " (n) = requests in flight of the closed loop that gave the max",
                fmt(gwMax * .25), fmt(gwMax * .5), fmt(gwMax * .8)));
        table.add(String.format("   gateway max / CRUD max = %.2f (target >= 0.5); gateway max %s/s (target >= 1000);"
                        + " gateway p99 @50%% = %s ms (target < 50); gateway p50 / direct p50 @50%% = %.2f (target <= 1.3)",
                gwMax / maxRate.get("crud"), fmt(gwMax), fmt(byLevel.get(50).get("gateway").percentileMillis(99)),
                byLevel.get(50).get("gateway").percentileMillis(50) / byLevel.get(50).get("direct").percentileMillis(50)));
    }

    private Map<String, List<ConsumerRecord<String, byte[]>>> templates;
    private double gatewayMax;

    /** Concurrency levels of the HTTP systems' max-rate search (docs/benchmarks.md, "max rate"). */
    static final int[] HTTP_CONCURRENCY = {16, 32, 64, 128};

    /** Each level in turn, every search not yet done trying it before the next level. */
    private static void inTurns(List<MaxSearch> searches, int[] levels, Map<String, OpenLoad.Op> systems) {
        for (int level : levels) {
            for (MaxSearch search : searches) {
                if (!search.done) {
                    search.tryLevel(systems.get(search.name), level);
                }
            }
        }
    }

    /**
     * The max rate of one system: closed loops at rising concurrency, the best accepted rate wins. Done when a level
     * adds less than {@link #MAX_GAIN} over the best so far or fails more than 1% (past the knee, more in flight only
     * adds latency). Every level's figures are kept.
     */
    final class MaxSearch {
        final String name;
        final List<Object> tried = new ArrayList<>();
        OpenLoad.Result best;
        int bestLevel;
        boolean done;

        MaxSearch(String name) {
            this.name = name;
        }

        void tryLevel(OpenLoad.Op op, int level) {
            log("ingest: max rate of " + name + " (closed loop, " + level + " in flight)");
            OpenLoad.Result r = OpenLoad.saturate(name, op, level, warmup, measure);
            Map<String, Object> json = new LinkedHashMap<>(r.toJson());
            json.put("concurrency", level);
            tried.add(json);
            log("  " + name + ": " + fmt(r.acceptedPerSecond()) + "/s accepted at " + level + " in flight, p50 "
                    + fmt(r.percentileMillis(50)) + " ms, statuses " + r.statuses());
            boolean failing = r.failed() > (r.ok() + r.failed()) / 100;
            boolean gained = best == null || r.acceptedPerSecond() >= best.acceptedPerSecond() * (1 + MAX_GAIN);
            if (best == null || !failing && r.acceptedPerSecond() > best.acceptedPerSecond()) {
                best = r;
                bestLevel = level;
            }
            done = failing || !gained;
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>(best.toJson());
            json.put("concurrency", bestLevel);
            json.put("levelsTried", tried);
            return json;
        }
    }

    /** A concurrency level must add this much throughput over the best so far for the search to go on. */
    static final double MAX_GAIN = 0.10;

    static String label(String system) {
        return switch (system) {
            case "gateway" -> "fyp-tracker via gateway";
            case "direct" -> "(a) direct to projects service";
            case "crud" -> "(b) plain CRUD -> same MongoDB";
            case "kafka" -> "(c) raw Kafka producer";
            case "mongo" -> "(d) raw MongoDB inserts";
            default -> system;
        };
    }

    // --- 2. projection lag ------------------------------------------------------------------------------

    /** Poll interval of the lag probes: fine enough for a 500 ms target, light enough not to load tracking. */
    static final int LAG_POLL_MS = 25;

    void lag() throws Exception {
        // --lag-rate=N measures at N reports/s (e.g. the lag step alone, without the ingest maxima before it)
        double rate = args.containsKey("lag-rate") ? Double.parseDouble(args.get("lag-rate")) : Math.max(1, gatewayMax * 0.5);
        double seconds = quick ? 20 : 45;
        List<Target> probes = targets.stream().filter(t -> t.lagMilestone != null).toList();
        log("lag: " + probes.size() + " probe projects, background ingest at " + fmt(rate) + "/s for " + seconds + " s");
        org.HdrHistogram.Histogram lags = new org.HdrHistogram.Histogram(3_600_000_000L, 3);
        AtomicLong timeouts = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        long stopAt = System.nanoTime() + (long) ((seconds + warmup) * 1e9);
        long measureFrom = System.nanoTime() + (long) (warmup * 1e9);
        List<Thread> threads = new ArrayList<>();
        PublishDelay publishDelay = new PublishDelay(kafka, System.currentTimeMillis() + (long) (warmup * 1000));
        for (Target t : probes) {
            Thread th = new Thread(() -> {
                int percent = 0;
                while (System.nanoTime() < stopAt && percent < 100) {
                    percent++;
                    try {
                        String url = gateway + "/api/v1/projects/" + t.id + "/milestones/" + t.lagMilestone + "/reports";
                        int status = http.postAsync(url, "demo-admin", "{\"type\":\"PROGRESS\",\"percentComplete\":"
                                + percent + ",\"reportedOn\":\"2026-05-10\"}").get();
                        long accepted = System.nanoTime();
                        if (status / 100 != 2) {
                            rejected.incrementAndGet();
                            continue;
                        }
                        boolean seen = false;
                        while (System.nanoTime() - accepted < 30_000_000_000L) {
                            if (visible(t, percent)) {
                                seen = true;
                                break;
                            }
                            Thread.sleep(LAG_POLL_MS);
                        }
                        long lagMicros = (System.nanoTime() - accepted) / 1000;
                        if (accepted >= measureFrom) {
                            synchronized (lags) {
                                lags.recordValue(lagMicros);
                            }
                            if (!seen) {
                                timeouts.incrementAndGet();
                            }
                        }
                        Thread.sleep(200 + (long) (Math.random() * 200));
                    } catch (Exception e) {
                        rejected.incrementAndGet();
                    }
                }
            }, "lag-probe");
            th.start();
            threads.add(th);
        }
        OpenLoad.Result background = OpenLoad.fixedRate("gateway", reports(gateway), rate, warmup, seconds, 2000);
        for (Thread th : threads) {
            th.join();
        }
        publishDelay.close();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("backgroundIngest", background.toJson());
        r.put("publishDelay", publishDelay.toJson());
        r.put("probes", lags.getTotalCount());
        r.put("pollIntervalMs", LAG_POLL_MS);
        r.put("p50Ms", OpenLoad.round(lags.getValueAtPercentile(50) / 1000.0));
        r.put("p99Ms", OpenLoad.round(lags.getValueAtPercentile(99) / 1000.0));
        r.put("maxMs", OpenLoad.round(lags.getMaxValue() / 1000.0));
        r.put("notVisibleIn30s", timeouts.get());
        r.put("probeReportsRejected", rejected.get());
        Map<String, Long> pipeline = Pipeline.of(mongo, kafka);
        r.put("pipelineAtEnd", pipeline);
        out.put("projectionLag", r);
        table.add("");
        table.add(String.format("2. projection lag (2xx -> visible in GET /api/v1/tracking/projects/{id}) at %s/s: p50 %s ms,"
                        + " p99 %s ms, max %s ms (%d probes; target p99 < 500 ms)", fmt(rate),
                fmt(lags.getValueAtPercentile(50) / 1000.0), fmt(lags.getValueAtPercentile(99) / 1000.0),
                fmt(lags.getMaxValue() / 1000.0), lags.getTotalCount()));
        table.add("   of which the publisher (event decided -> handed to Kafka, every project event of the step): "
                + publishDelay.summary());
        table.add("   project events at the end of it: " + pipeline.get("storedInProjectsEventStore") + " stored, "
                + pipeline.get("published") + " published, " + pipeline.get("projectedInTrackingLog") + " projected");
    }

    /**
     * CPU per accepted report at one fixed rate through the gateway, by process (not in the default run: asked for
     * with {@code --scenarios=cost}). The maxima move 10-30% from run to run here, so two builds are compared at
     * the same rate, where what one report costs each process is read straight off its CPU time.
     */
    void cost() throws Exception {
        double rate = Double.parseDouble(args.getOrDefault("cost-rate", "50"));
        double seconds = quick ? 30 : 60;
        if (gatewayMax == 0) {
            // Asked for alone: a cold stack cannot take even 60/s here (quick run 023423: 1,140 of 1,980 answered 503/504).
            double jitWarmup = Double.parseDouble(args.getOrDefault("jit-warmup", "45"));
            log("cost: warming up the gateway path for " + fmt(jitWarmup) + " s (closed loop, 32 in flight, not recorded)");
            OpenLoad.saturate("gateway", reports(gateway), 32, jitWarmup, 1);
            out.put("costSettle", settle());
        }
        log("cost: reports through the gateway at " + fmt(rate) + "/s for " + fmt(warmup + seconds) + " s, CPU of every process");
        CpuWindow window = CpuWindow.open(footprint);
        OpenLoad.Result r = OpenLoad.fixedRate("gateway", reports(gateway), rate, warmup, seconds, 2000);
        window.close();
        // Warm-up and measured window run at the same rate, so the whole span's CPU is divided by that rate.
        double perSecond = r.sustained() ? rate : r.acceptedPerSecond();
        CpuWindow.Split cpu = window.per(perSecond * window.seconds());
        out.put("costPerReport", Map.of("ratePerSecond", OpenLoad.round(rate), "sustained", r.sustained(),
                "latency", r.toJson(), "cpuMillisPerReport", cpu.byProcess(), "cpuMillisPerReportByThread", cpu.byThread(),
                "stackMillisPerReportWithoutJit", cpu.stackWithoutJit()));
        table.add("");
        table.add("6. CPU per accepted report at " + fmt(rate) + "/s through the gateway (ms of one core; the four busiest kinds of thread; p50 "
                + fmt(r.percentileMillis(50)) + " ms, p99 " + fmt(r.percentileMillis(99)) + " ms"
                + (r.sustained() ? "" : ", NOT sustained") + "):" + cpu.lines());
    }

    boolean visible(Target t, int percent) throws Exception {
        HttpResponse<String> r = http.get(tracking + "/api/v1/tracking/projects/" + t.id, "demo-supervise");
        if (r.statusCode() != 200) {
            return false;
        }
        for (JsonNode m : Http.JSON.readTree(r.body()).path("milestones")) {
            if (t.lagMilestone.equals(m.path("milestoneId").asText()) && m.path("percentComplete").asInt() >= percent) {
                return true;
            }
        }
        return false;
    }

    // --- simulated activity ----------------------------------------------------------------------------

    long simulatedEvents;

    void simulate() throws Exception {
        int projectsN = Integer.parseInt(args.getOrDefault("sim-projects", quick ? "200" : "1000"));
        int perProject = Integer.parseInt(args.getOrDefault("sim-events-per-project", quick ? "25" : "200"));
        log("simulate: " + projectsN + " projects x " + perProject + " events straight onto " + SimulatedHistory.TOPIC);
        long started = System.nanoTime();
        AtomicLong failed = new AtomicLong();
        Semaphore inFlight = new Semaphore(20_000);
        SimulatedHistory history;
        try (KafkaProducer<String, byte[]> producer = Baselines.producer(kafka)) {
            history = new SimulatedHistory(templates, projectsN, perProject, producer.partitionsFor(SimulatedHistory.TOPIC).size());
            long sent = 0;
            for (int k = 0; k < perProject; k++) {
                for (int j = 0; j < projectsN; j++) {
                    inFlight.acquire();
                    producer.send(history.record(k, j), (m, e) -> {
                        inFlight.release();
                        if (e != null) {
                            failed.incrementAndGet();
                        }
                    });
                    if (++sent % 100_000 == 0) {
                        log("simulate: sent " + sent + " of " + history.total());
                    }
                }
            }
            producer.flush();
        }
        long total = history.total();
        double produceSeconds = (System.nanoTime() - started) / 1e9;
        log("simulate: produced " + total + " in " + fmt(produceSeconds) + " s (" + failed.get() + " failed); waiting for tracking");
        Map<Integer, String> lastPerPartition = history.lastProjectPerPartition();
        long capSeconds = Long.parseLong(args.getOrDefault("sim-wait", quick ? "150" : "240"));
        Map<Integer, Long> seen = new LinkedHashMap<>();
        boolean caughtUp = false;
        long nextLog = 0;
        while ((System.nanoTime() - started) / 1e9 < capSeconds + produceSeconds) {
            for (var last : lastPerPartition.entrySet()) {
                if (seen.getOrDefault(last.getKey(), -1L) < perProject - 1) {
                    seen.put(last.getKey(), lastSequence(last.getValue()));
                }
            }
            caughtUp = seen.values().stream().allMatch(seq -> seq >= perProject - 1);
            if (caughtUp) {
                break;
            }
            if (System.nanoTime() > nextLog) {
                log("simulate: last sequence seen per partition " + seen);
                nextLog = System.nanoTime() + 30_000_000_000L;
            }
            Thread.sleep(2000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long lastSeq = seen.values().stream().mapToLong(Long::longValue).min().orElse(-1);
        simulatedEvents = total;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("projects", projectsN);
        r.put("eventsPerProject", perProject);
        r.put("events", total);
        r.put("produceSeconds", OpenLoad.round(produceSeconds));
        r.put("caughtUp", caughtUp);
        r.put("caughtUpOn", "the last project of each of the topic's " + lastPerPartition.size() + " partitions at its last sequence");
        r.put("secondsUntilProjected", OpenLoad.round(seconds));
        r.put("projectedEventsPerSecond", OpenLoad.round(caughtUp ? total / seconds : Double.NaN));
        r.put("lastSequenceSeenPerPartition", seen);
        double projectedRate = caughtUp ? total / seconds : (double) Math.max(0, lastSeq + 1) * projectsN / seconds;
        r.put("extrapolatedSecondsFor1MEvents", OpenLoad.round(projectedRate > 0 ? 1_000_000 / projectedRate : Double.NaN));
        out.put("simulatedActivity", r);
        table.add("");
        table.add(String.format("   simulated activity: %d projects x %d events = %d events onto the topic in %s s; tracking projected"
                        + " them in %s s (%s events/s; 1,000,000 events at that rate: %s s)%s", projectsN, perProject, total,
                fmt(produceSeconds), fmt(seconds), fmt(projectedRate), fmt(1_000_000 / projectedRate),
                caughtUp ? "" : " NOT caught up (lowest partition at sequence " + lastSeq + ", rate estimated)"));
    }

    private long lastSequence(String projectId) throws Exception {
        HttpResponse<String> r = http.get(tracking + "/api/v1/tracking/projects/" + projectId, "demo-supervise");
        return r.statusCode() == 200 ? Http.JSON.readTree(r.body()).path("lastSequence").asLong(-1) : -1;
    }

    static String field(ConsumerRecord<String, byte[]> r, String name) throws Exception {
        return Http.JSON.readTree(r.value()).path(name).asText();
    }

    // --- 3. supervisor queries -------------------------------------------------------------------------

    void queries() throws Exception {
        List<String> urls = new ArrayList<>();
        urls.add("/api/v1/tracking/plans/FZ-15");
        for (int part = 1; part <= 12; part++) {
            if (http.get(gateway + "/api/v1/tracking/plans/FZ-15/parts/" + part, "demo-supervise").statusCode() == 200) {
                urls.add("/api/v1/tracking/plans/FZ-15/parts/" + part);
                break;
            }
        }
        urls.add("/api/v1/tracking/departments/fz-transport");
        urls.add("/api/v1/tracking/attention");
        Map<String, Object> r = new LinkedHashMap<>();
        out.put("queries", r);
        r.put("endpoints", urls);
        Map<String, Object> settled = settle();
        r.put("settle", settled);
        r.put("projectsInReadModel", http.getJson(gateway + "/api/v1/tracking/projects?size=1", "demo-supervise").path("total"));
        // Unmeasured first: in a history run nothing has asked the gateway or tracking anything yet, so without this
        // the figures below timed the JIT's first compilations (full run 3.3-6.3 ms before, 1.2-1.8 ms after).
        for (int i = 0; i < (quick ? 100 : 300); i++) {
            http.get(gateway + urls.get(i % urls.size()), "demo-supervise");
        }
        // Then a timed closed loop, unmeasured: in a history run the gateway had answered nothing before, and 300
        // requests leave its reactive stack to the JIT — a third of its CPU was the compiler's during the measured
        // max (history run 234417, finding 38). After the ingest scenarios the gateway is warm already: a short one.
        boolean warmFromIngest = out.containsKey("ingest");
        double queryWarmup = Double.parseDouble(args.getOrDefault("query-warmup", warmFromIngest ? "5" : quick ? "10" : "30"));
        if (queryWarmup > 0) {
            log("queries: warming up for " + fmt(queryWarmup) + " s (closed loop, 8 in flight, not recorded)");
            OpenLoad.saturate("queries warm-up", seq -> http.getAsync(gateway + urls.get((int) (seq % urls.size())),
                    "demo-supervise"), 8, 0, queryWarmup);
        }
        Map<String, Object> single = new LinkedHashMap<>();
        for (String u : urls) {
            org.HdrHistogram.Histogram h = new org.HdrHistogram.Histogram(3_600_000_000L, 3);
            int status = 0;
            int bytes = 0;
            for (int i = 0; i < (quick ? 10 : 30); i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> answer = http.get(gateway + u, "demo-supervise");
                h.recordValue((System.nanoTime() - t0) / 1000);
                status = answer.statusCode();
                bytes = answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
            single.put(u, Map.of("status", status, "p50Ms", OpenLoad.round(h.getValueAtPercentile(50) / 1000.0),
                    "maxMs", OpenLoad.round(h.getMaxValue() / 1000.0), "responseBytes", bytes));
            log("queries: " + u + " one at a time: " + status + ", p50 " + fmt(h.getValueAtPercentile(50) / 1000.0)
                    + " ms, " + bytes + " bytes");
        }
        r.put("oneAtATime", single);
        OpenLoad.Op op = seq -> http.getAsync(gateway + urls.get((int) (seq % urls.size())), "demo-supervise");
        log("queries: max rate (closed loop, 8 in flight)");
        OpenLoad.Result max = OpenLoad.saturate("queries", op, 8, warmup, measure);
        r.put("max", max.toJson());
        log("queries: 200/s");
        OpenLoad.Result at200 = OpenLoad.fixedRate("queries", op, 200, warmup, measure, 400);
        r.put("at200PerSecond", at200.toJson());
        table.add("");
        table.add(String.format("3. supervisor queries (%d projects in the read model, %d events simulated): max %s/s;"
                        + " at 200/s p50 %s ms, p99 %s ms%s (target p99 < 50 ms)", r.get("projectsInReadModel") instanceof JsonNode n
                        ? n.asLong() : -1, simulatedEvents, fmt(max.acceptedPerSecond()), fmt(at200.percentileMillis(50)),
                fmt(at200.percentileMillis(99)), at200.sustained() ? "" : " — NOT sustained (" + at200.dropped()
                        + " not sent: more than 400 outstanding, " + at200.failed() + " failed)"));
        table.add(String.format("   asked once the stack had settled: %s s after the projection, stack CPU %s%% of one core%s",
                fmt((Double) settled.get("seconds")), fmt((Double) settled.get("stackCpuPercent")),
                Boolean.TRUE.equals(settled.get("settled")) ? "" : " — NOT settled within --settle-max"));
        single.forEach((u, v) -> table.add(String.format("   %-48s one at a time p50 %s ms, %s bytes", u,
                fmt((Double) ((Map<?, ?>) v).get("p50Ms")), ((Map<?, ?>) v).get("responseBytes"))));
    }

    // --- 4. rebuild -------------------------------------------------------------------------------------

    void rebuild() throws Exception {
        // Straight to the tracking service (an operation, not a user request): the query overload just before
        // may have opened the gateway's circuit breaker for tracking. Retried while tracking is still busy.
        log("rebuild: POST /api/v1/admin/tracking/rebuild");
        // CPU per record: comparable between builds where this machine's rates move by a tenth from run to run.
        CpuWindow window = CpuWindow.open(footprint);
        HttpResponse<String> start = null;
        for (int i = 0; i < 30; i++) {
            try {
                start = http.post(tracking + "/api/v1/admin/tracking/rebuild", "demo-admin", "");
            } catch (java.net.http.HttpTimeoutException busy) {
                log("rebuild: no answer within the timeout (tracking still busy), asking again");
                continue;
            }
            if (start.statusCode() / 100 == 2 || start.statusCode() / 100 == 4) {
                break;
            }
            Thread.sleep(2000);
        }
        if (start == null) {
            throw new IllegalStateException("tracking never answered the rebuild request");
        }
        Map<String, Object> r = new LinkedHashMap<>();
        out.put("rebuild", r);
        r.put("startStatus", start.statusCode());
        // A request that timed out may still have started it: then the retry is refused as already running.
        boolean startedByEarlierTry = start.statusCode() == 409 && start.body().contains("rebuild-running");
        if (start.statusCode() / 100 != 2 && !startedByEarlierTry) {
            r.put("error", start.body());
            table.add("");
            table.add("4. rebuild: refused " + start.statusCode() + " " + start.body());
            return;
        }
        long cap = Long.parseLong(args.getOrDefault("rebuild-wait", quick ? "150" : "240"));
        long t0 = System.nanoTime();
        JsonNode p = startedByEarlierTry ? http.getJson(tracking + "/api/v1/admin/tracking/rebuild", "demo-admin")
                : Http.JSON.readTree(start.body());
        int unanswered = 0;
        while ((System.nanoTime() - t0) / 1e9 < cap) {
            Thread.sleep(1000); // a short poll: the idle time after the end counts in the CPU window
            try {
                p = http.getJson(tracking + "/api/v1/admin/tracking/rebuild", "demo-admin");
            } catch (java.io.IOException busy) { // the rebuild saturates the machine: ask again, count it
                unanswered++;
                log("rebuild: progress not answered (" + busy + "), asking again");
                continue;
            }
            if ("DONE".equals(p.path("state").asText())) {
                break;
            }
        }
        window.close();
        r.put("progress", p);
        r.put("progressPollsUnanswered", unanswered);
        boolean done = p != null && "DONE".equals(p.path("state").asText());
        double rate = p == null ? 0 : p.path("eventsPerSecond").asDouble();
        long total = p == null ? 0 : p.path("total").asLong();
        r.put("done", done);
        // Per 1,000 records: µs of one core per record.
        CpuWindow.Split cpu = done && total > 0 ? window.per(total / 1000.0) : null;
        if (cpu != null) {
            r.put("cpuMillisPer1000Records", cpu.byProcess());
            r.put("cpuMillisPer1000RecordsByThread", cpu.byThread());
            r.put("stackMillisPer1000RecordsWithoutJit", cpu.stackWithoutJit());
        }
        r.put("extrapolatedSecondsFor1MEvents", OpenLoad.round(rate > 0 ? 1_000_000 / rate : Double.NaN));
        table.add("");
        table.add(String.format("4. rebuild of %d topic records: %s, %s records/s over %s s%s; 1,000,000 events at that rate: %s s"
                        + " (target >= 20,000/s)", total, done ? "done" : "NOT done within " + cap + " s (" + p.path("percent").asText()
                        + "%)", fmt(rate), fmt(p.path("seconds").asDouble()), "",
                fmt(rate > 0 ? 1_000_000 / rate : Double.NaN)));
        if (cpu != null) {
            table.add("   CPU per record (µs of one core, from the request to the end seen; the four busiest kinds of thread):"
                    + cpu.lines());
        }
    }

    // --- output -----------------------------------------------------------------------------------------

    Map<String, Object> machine() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        long memKib = 0;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memKib = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        m.put("memoryGiB", OpenLoad.round(memKib / 1024.0 / 1024.0));
        m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("loadAverageAtStart", Files.readString(Path.of("/proc/loadavg")).trim());
        return m;
    }

    void write() throws Exception {
        Footprint.Sample end = footprint.sample();
        out.put("loadAverageAtEnd", Files.readString(Path.of("/proc/loadavg")).trim());
        Path file = Path.of(args.getOrDefault("out", "deploy/bench/results/bench.json"));
        Files.createDirectories(file.getParent());
        out.put("table", table);
        Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), out);
        System.out.println();
        System.out.println("=== fyp-tracker bench (" + (quick ? "quick" : "full") + ") " + out.get("date") + " ===");
        System.out.println("machine: " + out.get("machine"));
        if (out.containsKey("coldStartSeconds")) {
            System.out.println("cold start of the whole stack (./deploy/up --detach --no-build): " + out.get("coldStartSeconds") + " s");
        }
        table.forEach(System.out::println);
        printFootprint("footprint idle", out.get("footprintIdle"));
        if (out.get("footprintUnderIngest") instanceof Map<?, ?> under) {
            printFootprint("footprint under ingest at " + under.get("ratePerSecond") + "/s", under.get("processes"));
        }
        System.out.println("results: " + file);
    }

    @SuppressWarnings("unchecked")
    static void printFootprint(String title, Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            return;
        }
        StringBuilder sb = new StringBuilder("5. " + title + " (RSS MiB / CPU % of one core / % of that CPU in the kernel):");
        ((Map<String, Map<String, Double>>) m).forEach((name, v) -> sb.append("\n   ").append(String.format("%-28s %8s %8s %8s",
                name, fmt(v.get("rssMiB")), fmt(v.get("cpuPercent")), fmt(v.getOrDefault("kernelSharePercent", Double.NaN)))));
        System.out.println();
        System.out.println(sb);
    }

    static String fmt(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "?";
        }
        return v >= 100 ? String.valueOf(Math.round(v)) : v >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    static void log(String s) {
        System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + s);
    }
}
