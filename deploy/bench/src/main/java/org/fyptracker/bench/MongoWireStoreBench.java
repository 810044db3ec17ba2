package org.fyptracker.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.WriteModel;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.fyptracker.mongowire.MongoWireBackends;

/**
 * The MongoDB-wire stand-in's cost per document, measured through the official driver as the services use it
 * (benchmarks.md finding 18): (a) {@code insertMany} of 1,000 log entries shaped like tracking's
 * {@code project_events}, into a collection indexed by {projectId, recordedAt}; (b) bulk {@code replaceOne} upserts
 * by {@code _id} of 1,000 view-like documents; (c) {@code find {_id: {$in: 500 ids}}}; (d) the event store's
 * tailing read: events since a time, sorted by time and sequence, one batch of 1,000 (of 20,000 that match). A plain main class with its
 * own warm-up (JMH is not in the offline repository): a fixed number of warm-up rounds, then of measured rounds
 * (fixed, not timed, so a faster store does not face a larger collection), and the median round is printed as
 * documents per second. The log grows by 1,000 entries a round: 40,000 at the end of (a).
 *
 * <pre>java -cp deploy/bench/target/classes:deploy/bench/target/lib/* org.fyptracker.bench.MongoWireStoreBench h2|memory [roundsFactor] [inserts]</pre>
 * {@code inserts} runs (a) alone: with a large factor, a log whose {@code _id} index outgrows H2's page cache.
 */
public final class MongoWireStoreBench {

    private static final int BATCH = 1_000;
    private static final int IN_IDS = 500;
    private static final int PROJECTS = 200;

    private MongoWireStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        String backendName = args.length > 0 ? args[0] : "h2";
        int factor = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        boolean insertsOnly = args.length > 2 && args[2].equals("inserts");
        Path dir = Files.createTempDirectory("mongo-wire-bench");
        MongoBackend backend = switch (backendName) {
            case "h2" -> MongoWireBackends.h2(dir.resolve("bench.mv").toString());
            case "memory" -> MongoWireBackends.memory();
            default -> throw new IllegalArgumentException("backend: h2 or memory, not " + backendName);
        };
        MongoServer server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            MongoDatabase db = client.getDatabase("bench");
            MongoCollection<Document> log = db.getCollection("project_events");
            log.createIndex(Indexes.ascending("projectId", "recordedAt"));
            MongoCollection<Document> views = db.getCollection("project_views");
            MongoCollection<Document> events = db.getCollection("domainevents");
            events.createIndex(Indexes.ascending("timestamp", "sequenceNumber"));
            Workload work = new Workload(log, views, events);
            System.out.printf(Locale.ROOT, "backend %s, rounds of %d documents (%d ids for find)%n", backendName, BATCH, IN_IDS);
            report("insertMany log entries", work::insertBatch, 10 * factor, 30 * factor);
            if (insertsOnly) {
                return;
            }
            report("replaceOne upserts of views", work::upsertViews, 10 * factor, 30 * factor);
            report("find _id $in 500", work::findByIds, 20 * factor, 100 * factor);
            work.storeEvents(20_000);
            report("tailing batch of 1,000", work::tailingBatch, 5 * factor, 20 * factor);
            System.out.printf(Locale.ROOT, "stored: %d log entries, %d views%n", log.estimatedDocumentCount(),
                    views.estimatedDocumentCount());
        } finally {
            server.shutdownNow();
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Runs rounds (each returns the documents it handled) and prints the median round's documents per second. */
    private static void report(String name, IntSupplier round, int warmupRounds, int measuredRounds) {
        for (int i = 0; i < warmupRounds; i++) {
            round.getAsInt();
        }
        List<Double> rates = new ArrayList<>();
        long cpuBefore = processCpuNanos();
        long gcBefore = gcMillis();
        long docs = 0;
        long tenth = System.nanoTime();
        for (int i = 0; i < measuredRounds; i++) {
            long start = System.nanoTime();
            int handled = round.getAsInt();
            rates.add(handled / ((System.nanoTime() - start) / 1e9));
            docs += handled;
            if (measuredRounds >= 100 && (i + 1) % (measuredRounds / 10) == 0) { // a long run: how the rate moves
                System.out.printf(Locale.ROOT, "  %s: %d of %d rounds, last tenth %,.0f docs/s%n", name, i + 1,
                        measuredRounds, (measuredRounds / 10) * (double) handled / ((System.nanoTime() - tenth) / 1e9));
                tenth = System.nanoTime();
            }
        }
        rates.sort(Double::compare);
        System.out.printf(Locale.ROOT, "%-30s median %,10.0f docs/s (min %,.0f, max %,.0f, %d rounds); CPU %.0f us/doc"
                        + " (client and server, all cores); GC %d ms%n", name, rates.get(rates.size() / 2), rates.get(0),
                rates.get(rates.size() - 1), rates.size(), (processCpuNanos() - cpuBefore) / 1e3 / docs, gcMillis() - gcBefore);
    }

    /** CPU time of this process: on a busy machine a steadier measure of cost than the rate. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** The three operations, over documents shaped like tracking's log entries and project views. */
    private static final class Workload {

        private final MongoCollection<Document> log;
        private final MongoCollection<Document> views;
        private final MongoCollection<Document> events;
        private long nextEvent;
        private int viewRound;

        Workload(MongoCollection<Document> log, MongoCollection<Document> views, MongoCollection<Document> events) {
            this.log = log;
            this.views = views;
            this.events = events;
        }

        /** Events as Axon's Mongo event store keeps them (the fields its tailing read uses). */
        void storeEvents(int count) {
            for (int start = 0; start < count; start += BATCH) {
                List<Document> batch = new ArrayList<>(BATCH);
                for (int i = start; i < Math.min(count, start + BATCH); i++) {
                    batch.add(new Document("aggregateIdentifier", "project-" + i % PROJECTS).append("sequenceNumber", (long) i / PROJECTS)
                            .append("timestamp", Instant.ofEpochMilli(1_764_000_000_000L + i * 10L).toString())
                            .append("eventIdentifier", "event-" + i).append("payloadType", "ProgressReported")
                            .append("serializedPayload", "{\"title\":\"基于深度学习的校园垃圾分类识别系统\",\"completion\":42.5}"));
                }
                events.insertMany(batch);
            }
        }

        int tailingBatch() {
            int read = 0;
            try (var cursor = events.find(Filters.gte("timestamp", Instant.ofEpochMilli(1_764_000_000_000L).toString()))
                    .sort(Sorts.ascending("timestamp", "sequenceNumber")).batchSize(BATCH).cursor()) {
                while (read < BATCH && cursor.hasNext()) {
                    cursor.next();
                    read++;
                }
            }
            return read;
        }

        int insertBatch() {
            List<Document> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                long n = nextEvent++;
                // Event ids are random UUIDs, as the services make them: inserts land all over the _id order.
                batch.add(new Document("_id", java.util.UUID.randomUUID().toString())
                        .append("projectId", "project-" + n % PROJECTS)
                        .append("sequence", n / PROJECTS)
                        .append("type", "org.fyptracker.projects.ProgressReported")
                        .append("recordedAt", 1_764_000_000_000L + n * 37)
                        .append("payload", new Document("projectId", "project-" + n % PROJECTS)
                                .append("title", "基于深度学习的校园垃圾分类识别系统")
                                .append("summary", "完成了数据集整理与模型初步训练，准确率达到百分之八十五")
                                .append("reportedAt", new Date(1_764_000_000_000L + n * 37))
                                .append("dueDate", new Date(1_767_000_000_000L))
                                .append("completion", Decimal128.parse("42.50"))
                                .append("hours", 12.5)
                                .append("provenance", new Document("department", "计算机与大数据学院")
                                        .append("system", "jwc").append("recordedAt", new Date(1_764_000_000_000L + n)))));
            }
            log.insertMany(batch, new InsertManyOptions().ordered(false));
            return BATCH;
        }

        int upsertViews() {
            int round = viewRound++;
            List<WriteModel<Document>> writes = new ArrayList<>(BATCH);
            for (int p = 0; p < BATCH; p++) {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", "project-" + p), view(p, round),
                        new ReplaceOptions().upsert(true)));
            }
            views.bulkWrite(writes);
            return BATCH;
        }

        int findByIds() {
            List<String> ids = new ArrayList<>(IN_IDS);
            for (int p = 0; p < IN_IDS; p++) {
                ids.add("project-" + (p * 2 + viewRound % 2));
            }
            int found = views.find(Filters.in("_id", ids)).into(new ArrayList<>()).size();
            if (found != IN_IDS) {
                throw new IllegalStateException("found " + found + " of " + IN_IDS + " views");
            }
            return found;
        }

        private static Document view(int p, int round) {
            List<Document> timeline = new ArrayList<>();
            for (int e = 0; e < 12; e++) {
                timeline.add(new Document("sequence", (long) e).append("type", "ProgressReported")
                        .append("at", new Date(1_764_000_000_000L + e * 86_400_000L))
                        .append("note", "第" + e + "周：中期检查材料已提交，导师审核通过"));
            }
            return new Document("_id", "project-" + p)
                    .append("title", "基于区块链的学生档案管理系统 " + p)
                    .append("student", new Document("id", "2022" + p).append("name", "张三"))
                    .append("supervisor", new Document("id", "t" + p % 40).append("name", "李老师"))
                    .append("status", "IN_PROGRESS")
                    .append("completion", Decimal128.parse("57.25"))
                    .append("version", (long) round)
                    .append("milestones", List.of(
                            new Document("name", "开题报告").append("due", new Date(1_760_000_000_000L)).append("done", true),
                            new Document("name", "中期检查").append("due", new Date(1_765_000_000_000L)).append("done", false),
                            new Document("name", "论文答辩").append("due", new Date(1_770_000_000_000L)).append("done", false)))
                    .append("timeline", timeline);
        }
    }
}
