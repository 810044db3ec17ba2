package org.fyptracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's bad-input corpus ({@code src/test/resources/bad-input/*.json}, at least 100 cases) through the
 * gateway of the real local stack: every case is answered with an RFC 9457 problem (4xx,
 * {@code application/problem+json}, no stack trace), and stores nothing — every command service's event
 * store and Idempotency-Key store are counted before and after each case.
 */
class BadInputCorpusIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** What a leaked stack trace or exception looks like in a body. */
    static final Pattern STACK_TRACE = Pattern.compile(
            "(?s).*(\\bat [a-z][\\w$]*(\\.[\\w$<>]+)+\\(|Exception\\b|Caused by:|\"trace\"|\\.java:\\d+).*");
    private static final String INDICATOR = "FZ-15.I04";

    private static LocalStack stack;
    private static Stores stores;
    private static String project;
    private static String milestone;
    private static final String setupKey = "corpus-setup-" + UUID.randomUUID();

    @BeforeAll
    static void startStack() throws Exception {
        stack = new LocalStack("corpus").isolate();
        System.out.printf("e2e: corpus stack healthy after %d ms%n", stack.up());
        stores = new Stores(stack.mongo());
        // The corpus's own project and milestone (far enough ahead that the overdue scan leaves it alone).
        Answer created = send(new Request("POST", "/api/v1/projects", "corpus-project-" + UUID.randomUUID(), "report",
                "application/json", json("""
                        {"name":"坏输入语料项目","planRef":"FZ-15.C14","leadDepartment":"fz-transport",
                         "plannedStart":"2026-03-01","plannedEnd":"2029-12-31"}"""), false, Map.of(), false));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        project = created.body().get("id").asText();
        Answer planned = send(new Request("POST", "/api/v1/projects/" + project + "/milestones", setupKey, "report",
                "application/json", json("{\"title\":\"语料节点\",\"plannedDate\":\"2029-06-30\"}"), false, Map.of(), false));
        assertThat(planned.status()).as(planned.text()).isEqualTo(201);
        milestone = planned.body().get("id").asText();
        // The seeded indicator must exist before its cases mean anything.
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() ->
                send(new Request("GET", "/api/v1/tracking/indicators/" + INDICATOR, null, "admin", null, null, false,
                        Map.of(), false)).status() == 200);
        Map<String, Long> rest = stores.quiet(5_000, 240_000);
        System.out.printf("e2e: corpus stack at rest: %s%n", rest);
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

    record Answer(int status, String contentType, byte[] raw, JsonNode body) {
        String text() {
            return new String(raw, StandardCharsets.UTF_8);
        }
    }

    record Request(String method, String path, String key, String caller, String contentType, byte[] body,
                   boolean chunked, Map<String, String> headers, boolean keyTwice) {
    }

    record Case(String file, JsonNode spec) {
        String name() {
            return spec.get("name").asText();
        }
    }

    @Test
    void every_case_of_the_corpus_is_a_problem_and_stores_nothing() throws Exception {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        assertThat(cases.stream().map(Case::name).distinct().count()).as("case names are unique").isEqualTo(cases.size());

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        StringBuilder table = new StringBuilder();
        int problems = 0;
        int serverErrors = 0;
        int stored = 0;
        for (Case c : cases) {
            Map<String, Long> before = stores.counts();
            Answer answer = sendWithRateLimit(request(c.spec()));
            Map<String, Long> after = stores.counts();
            Map<String, String> changed = Stores.differences(before, after);
            byStatus.merge(answer.status(), 1, Integer::sum);
            List<String> wrong = check(c.spec(), answer);
            if (answer.status() >= 500) {
                serverErrors++;
            }
            if (!changed.isEmpty()) {
                stored++;
                wrong.add("stored " + changed);
            }
            if (wrong.isEmpty() || wrong.stream().noneMatch(w -> w.startsWith("not a problem"))) {
                problems += isProblem(answer) ? 1 : 0;
            }
            String rule = answer.body() == null ? "" : answer.body().path("rule").asText("");
            table.append(String.format("%-30s %-58s %4d %-28s %s%n", c.file(), trim(c.name(), 58), answer.status(), rule,
                    wrong.isEmpty() ? "ok" : "FAIL " + wrong));
            if (!wrong.isEmpty() || Boolean.getBoolean("fyp.e2e.verbose")) {
                System.out.printf("e2e: corpus case %s / %s: %d %s%n", c.file(), c.name(), answer.status(),
                        wrong.isEmpty() ? "ok" : wrong);
            }
            if (!wrong.isEmpty()) {
                failures.add(c.file() + " / " + c.name() + ": " + wrong + " — " + trim(answer.text().replace('\n', ' '), 400));
            }
        }
        System.out.println("e2e: bad-input corpus\n" + table);
        System.out.printf("e2e: corpus: %d cases, %d problem responses, %d server errors, %d stored; statuses %s%n",
                cases.size(), problems, serverErrors, stored, byStatus);
        assertThat(failures).as("cases that were not answered with a clean problem, or stored something").isEmpty();
        assertThat(problems).isEqualTo(cases.size());
        assertThat(serverErrors).isZero();
        assertThat(stored).isZero();
    }

    // ---- the checks ----------------------------------------------------------------------------------

    static boolean isProblem(Answer answer) {
        return answer.status() >= 400 && answer.status() < 500
                && answer.contentType().startsWith("application/problem+json")
                && answer.body() != null && answer.body().path("status").asInt() == answer.status()
                && answer.body().hasNonNull("title");
    }

    private static List<String> check(JsonNode spec, Answer answer) {
        List<String> wrong = new ArrayList<>();
        if (answer.status() < 0) {
            wrong.add("no answer");
        } else if (answer.status() >= 500) {
            wrong.add("server error " + answer.status());
        } else if (answer.status() < 400) {
            wrong.add("accepted with " + answer.status());
        }
        if (!isProblem(answer)) {
            wrong.add("not a problem (" + answer.contentType() + ")");
        }
        if (STACK_TRACE.matcher(answer.text()).matches()) {
            wrong.add("stack trace or exception in the body");
        }
        if (spec.has("status") && spec.get("status").asInt() != answer.status()) {
            wrong.add("expected " + spec.get("status").asInt());
        }
        if (spec.has("rule") && (answer.body() == null || !spec.get("rule").asText().equals(answer.body().path("rule").asText()))) {
            wrong.add("expected rule " + spec.get("rule").asText());
        }
        return wrong;
    }

    // ---- the corpus ----------------------------------------------------------------------------------

    static List<Case> corpus() throws IOException {
        Path dir = stack == null ? null : stack.repo.resolve("deploy/e2e/src/test/resources/bad-input");
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode spec : JSON.readTree(file.toFile())) {
                    cases.add(new Case(file.getFileName().toString(), spec));
                }
            }
        }
        return cases;
    }

    private static Request request(JsonNode spec) throws IOException {
        String path = fill(spec.get("path").asText());
        String method = spec.get("method").asText();
        byte[] body = null;
        if (spec.has("json")) {
            body = JSON.writeValueAsBytes(spec.get("json"));
        } else if (spec.has("body")) {
            body = fill(spec.get("body").asText()).getBytes(StandardCharsets.UTF_8);
        } else if (spec.has("base64")) {
            body = Base64.getDecoder().decode(spec.get("base64").asText());
        } else if (spec.has("generate")) {
            body = generate(spec.get("generate").asText());
        }
        String contentType = spec.has("contentType") ? (spec.get("contentType").isNull() ? null : spec.get("contentType").asText())
                : (body == null ? null : "application/json");
        String key = spec.has("key") ? spec.get("key").asText() : "fresh";
        boolean twice = key.equals("twice");
        key = switch (key) {
            case "fresh", "twice" -> "corpus-" + UUID.randomUUID();
            case "none" -> null;
            case "setup" -> setupKey;
            default -> key;
        };
        if ("GET".equals(method) && !spec.has("key")) {
            key = null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (spec.has("headers")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("headers").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> header = it.next();
                String value = header.getValue().asText();
                headers.put(header.getKey(), value.startsWith("generate:") ? "x".repeat(Integer.parseInt(value.substring(9))) : value);
            }
        }
        return new Request(method, path, key, spec.has("caller") ? spec.get("caller").asText() : "report", contentType, body,
                spec.path("chunked").asBoolean(false), headers, twice);
    }

    private static String fill(String text) {
        return text.replace("{project}", project).replace("{milestone}", milestone).replace("{indicator}", INDICATOR);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] generate(String recipe) {
        String kind = recipe.substring(0, recipe.indexOf(':'));
        int n = Integer.parseInt(recipe.substring(recipe.indexOf(':') + 1));
        String text = switch (kind) {
            case "huge-string" -> "{\"title\":\"" + "x".repeat(n) + "\",\"plannedDate\":\"2027-06-30\"}";
            case "long-narrative" -> "{\"type\":\"PROGRESS\",\"percentComplete\":40,\"narrative\":\"" + "进".repeat(n)
                    + "\",\"reportedOn\":\"2026-05-10\"}";
            case "many-evidence" -> "{\"type\":\"PROGRESS\",\"percentComplete\":40,\"evidence\":["
                    + String.join(",", java.util.Collections.nCopies(n, "\"https://example.org/e\"")) + "],\"reportedOn\":\"2026-05-10\"}";
            case "nested-arrays" -> "{\"title\":" + "[".repeat(n) + "]".repeat(n) + ",\"plannedDate\":\"2027-06-30\"}";
            case "nested-objects" -> "{\"a\":".repeat(n) + "1" + "}".repeat(n);
            case "nested-title" -> "{\"title\":" + "{\"a\":".repeat(n) + "\"x\"" + "}".repeat(n) + ",\"plannedDate\":\"2027-06-30\"}";
            case "many-fields" -> {
                StringBuilder fields = new StringBuilder("{\"title\":\"节点\",\"plannedDate\":\"2027-06-30\"");
                for (int i = 0; i < n; i++) {
                    fields.append(",\"f").append(i).append("\":").append(i);
                }
                yield fields.append('}').toString();
            }
            case "long-number" -> "{\"period\":\"2026\",\"value\":" + "1".repeat(n) + ",\"kind\":\"PRELIMINARY\"}";
            default -> throw new IllegalArgumentException("unknown generator " + recipe);
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---- HTTP ------------------------------------------------------------------------------------------

    private static Answer sendWithRateLimit(Request request) throws Exception {
        for (int attempt = 0; ; attempt++) {
            Answer answer = send(request);
            if (answer.status() != 429 || attempt >= 5) {
                return answer;
            }
            Thread.sleep(1_100);
        }
    }

    static Answer send(Request request) throws Exception {
        HttpRequest.BodyPublisher publisher;
        if (request.body() == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (request.chunked()) {
            byte[] bytes = request.body();
            publisher = HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(bytes));
        } else {
            publisher = HttpRequest.BodyPublishers.ofByteArray(request.body());
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(stack.gateway() + request.path()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), publisher);
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.key() != null) {
            builder.header("Idempotency-Key", request.key());
            if (request.keyTwice()) {
                builder.header("Idempotency-Key", "corpus-" + UUID.randomUUID());
            }
        }
        String authorization = switch (request.caller()) {
            case "none" -> null;
            case "report" -> "Bearer " + stack.token("demo-report-fz-transport");
            case "other" -> "Bearer " + stack.token("demo-report-gl-gov");
            case "supervise" -> "Bearer " + stack.token("demo-supervise");
            case "admin" -> "Bearer " + stack.token("demo-admin");
            default -> request.caller().startsWith("raw:") ? request.caller().substring(4) : null;
        };
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        request.headers().forEach(builder::header);
        if (request.body() != null && request.body().length > 1_000_000) {
            return sendLarge(request, authorization);
        }
        HttpResponse<byte[]> response;
        try {
            response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException noAnswer) {
            return new Answer(-1, "", ("no answer: " + noAnswer).getBytes(StandardCharsets.UTF_8), null);
        }
        JsonNode body = null;
        try {
            body = response.body().length == 0 ? null : JSON.readTree(response.body());
        } catch (IOException notJson) {
            // reported by the checks: a problem is JSON
        }
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(), body);
    }

    /**
     * A large body the way curl sends it: written by one thread while the answer is read by another, so an
     * early 413 (the gateway refuses by Content-Length before the body arrives) is seen and not lost to a reset.
     */
    private static Answer sendLarge(Request request, String authorization) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", stack.gatewayPort)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(request.method() + " " + request.path() + " HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(stack.gatewayPort).append("\r\nConnection: close\r\n");
            if (request.contentType() != null) {
                head.append("Content-Type: ").append(request.contentType()).append("\r\n");
            }
            if (request.key() != null) {
                head.append("Idempotency-Key: ").append(request.key()).append("\r\n");
            }
            if (authorization != null) {
                head.append("Authorization: ").append(authorization).append("\r\n");
            }
            head.append(request.chunked() ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + request.body().length + "\r\n");
            head.append("\r\n");
            java.io.OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
                    byte[] body = request.body();
                    for (int offset = 0; offset < body.length; offset += 65_536) {
                        int length = Math.min(65_536, body.length - offset);
                        if (request.chunked()) {
                            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(body, offset, length);
                        if (request.chunked()) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    }
                    if (request.chunked()) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException refused) {
                    // the server answered and closed before the whole body was sent: expected for a 413
                }
            });
            writer.start();
            // Read what arrives; a reset after the answer (the server closed with body bytes unread) keeps it.
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                java.io.InputStream in = socket.getInputStream();
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                if (received.size() == 0) {
                    return new Answer(-1, "", ("no answer: " + reset).getBytes(StandardCharsets.UTF_8), null);
                }
            }
            byte[] raw = received.toByteArray();
            writer.join(5_000);
            String text = new String(raw, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return new Answer(-1, "", ("no answer: " + text).getBytes(StandardCharsets.UTF_8), null);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String contentType = "";
            boolean chunkedAnswer = false;
            for (String line : lines) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring(13).trim();
                }
                if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunkedAnswer = true;
                }
            }
            String bodyText = text.substring(end + 4);
            if (chunkedAnswer) {
                StringBuilder joined = new StringBuilder();
                String rest = bodyText;
                while (true) {
                    int lineEnd = rest.indexOf("\r\n");
                    if (lineEnd < 0) {
                        break;
                    }
                    int size = Integer.parseInt(rest.substring(0, lineEnd).trim(), 16);
                    if (size == 0) {
                        break;
                    }
                    byte[] restBytes = rest.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
                    joined.append(new String(restBytes, 0, Math.min(size, restBytes.length), StandardCharsets.UTF_8));
                    rest = new String(restBytes, Math.min(size, restBytes.length), restBytes.length - Math.min(size, restBytes.length),
                            StandardCharsets.UTF_8);
                    if (rest.startsWith("\r\n")) {
                        rest = rest.substring(2);
                    }
                }
                bodyText = joined.toString();
            }
            byte[] body = bodyText.getBytes(StandardCharsets.UTF_8);
            JsonNode json = null;
            try {
                json = body.length == 0 ? null : JSON.readTree(body);
            } catch (IOException notJson) {
                // reported by the checks
            }
            return new Answer(status, contentType, body, json);
        }
    }

    private static String trim(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
