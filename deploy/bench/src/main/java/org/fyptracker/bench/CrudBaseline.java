package org.fyptracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bson.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Baseline (b) of the ingest scenario: what a team would build instead — a plain HTTP endpoint that takes the
 * same milestone report and writes it as one document to the same MongoDB-wire server, with no event sourcing,
 * no Kafka, no gateway. It checks that a bearer token is present (not its signature), validates the body like
 * the real endpoint's basic constraints, and uses the Idempotency-Key as the document id (a repeat answers 200).
 * Not part of the product.
 *
 * <pre>java -cp … org.fyptracker.bench.CrudBaseline PORT MONGO_URI</pre>
 */
public final class CrudBaseline {

    private static final Pattern PATH = Pattern.compile("^/api/v1/projects/([A-Za-z0-9._-]+)/milestones/([A-Za-z0-9._-]+)/reports$");

    private CrudBaseline() {
    }

    public static void main(String[] args) throws IOException {
        // The JDK server writes an answer's headers and body as two segments; without TCP_NODELAY the body waits
        // for the client's delayed ACK (40 ms on Linux): 19 answers/s one at a time instead of ~300
        // (docs/benchmarks.md, finding 14). Real servers (Tomcat, Netty: the services, the gateway) set it.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int port = Integer.parseInt(args[0]);
        MongoClient mongo = MongoClients.create(args[1]);
        MongoCollection<Document> reports = mongo.getDatabase("fyp_bench_crud").getCollection("milestone_reports");
        reports.find().first(); // connect now
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/health", ex -> answer(ex, 200, "{\"status\":\"UP\"}"));
        server.createContext("/api/v1/projects/", ex -> {
            try {
                handle(ex, reports);
            } catch (RuntimeException e) {
                answer(ex, 500, "{\"title\":\"" + e.getClass().getSimpleName() + "\"}");
            }
        });
        server.start();
        System.out.println("crud baseline on 127.0.0.1:" + port);
    }

    static void handle(HttpExchange ex, MongoCollection<Document> reports) throws IOException {
        Matcher m = PATH.matcher(ex.getRequestURI().getPath());
        if (!"POST".equals(ex.getRequestMethod()) || !m.matches()) {
            answer(ex, 404, "{\"title\":\"not found\"}");
            return;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            answer(ex, 401, "{\"title\":\"authentication-required\"}");
            return;
        }
        String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || key.isBlank()) {
            answer(ex, 400, "{\"title\":\"idempotency-key-required\"}");
            return;
        }
        JsonNode body;
        try (InputStream in = ex.getRequestBody()) {
            body = Http.JSON.readTree(in);
        } catch (IOException e) {
            answer(ex, 400, "{\"title\":\"malformed-json\"}");
            return;
        }
        String type = body.path("type").asText("");
        int percent = body.path("percentComplete").asInt(-1);
        LocalDate reportedOn;
        try {
            reportedOn = LocalDate.parse(body.path("reportedOn").asText(""));
        } catch (RuntimeException e) {
            answer(ex, 400, "{\"title\":\"invalid-request\"}");
            return;
        }
        if (type.isEmpty() || ("PROGRESS".equals(type) && (percent < 0 || percent > 100))) {
            answer(ex, 400, "{\"title\":\"invalid-request\"}");
            return;
        }
        String id = UUID.randomUUID().toString();
        Document doc = new Document("_id", key).append("reportId", id).append("projectId", m.group(1))
                .append("milestoneId", m.group(2)).append("type", type).append("percentComplete", percent)
                .append("narrative", body.path("narrative").asText(null)).append("reportedOn", reportedOn.toString())
                .append("recordedAt", Date.from(Instant.now()));
        try {
            reports.insertOne(doc);
            answer(ex, 201, "{\"id\":\"" + id + "\"}");
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                answer(ex, 200, "{\"replayed\":true}");
            } else {
                throw e;
            }
        }
    }

    private static void answer(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
