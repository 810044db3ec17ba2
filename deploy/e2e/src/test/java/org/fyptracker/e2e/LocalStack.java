package org.fyptracker.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local stack started exactly as a newcomer starts it ({@code deploy/up --detach}), on free ports
 * and its own data directory, so it never collides with a stack a developer has running.
 */
final class LocalStack {

    static final List<String> SERVICES = List.of("plan-catalog", "departments", "projects", "indicators", "tracking");

    final Path repo;
    /** Where deploy/up runs from: the repository, or a private copy of its scripts and jars ({@link #isolate()}). */
    private Path runFrom;
    final Path dataDir;
    final Map<String, String> env = new LinkedHashMap<>();
    final int gatewayPort;
    final int kafkaPort;
    final int mongoPort;

    LocalStack(String name) throws IOException {
        repo = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../..").normalize();
        dataDir = repo.resolve("deploy/e2e/target/" + name + "-data");
        env.put("FYP_DATA_DIR", dataDir.toString());
        env.put("FYP_GATEWAY_PORT", String.valueOf(FreePorts.next()));
        env.put("FYP_KAFKA_PORT", String.valueOf(FreePorts.next()));
        env.put("FYP_KAFKA_CONTROLLER_PORT", String.valueOf(FreePorts.next()));
        env.put("FYP_MONGO_PORT", String.valueOf(FreePorts.next()));
        for (String service : SERVICES) {
            env.put("FYP_PORT_" + service.toUpperCase().replace('-', '_'), String.valueOf(FreePorts.next()));
        }
        // -Dfyp.e2e.attach: reuse a stack this test started before and kept (-Dfyp.e2e.keep), on its ports.
        Path saved = dataDir.resolve("stack-env.properties");
        if (Boolean.getBoolean("fyp.e2e.attach") && Files.exists(saved)) {
            java.util.Properties properties = new java.util.Properties();
            try (java.io.Reader reader = Files.newBufferedReader(saved)) {
                properties.load(reader);
            }
            properties.forEach((k, v) -> env.put(k.toString(), v.toString()));
            attached = true;
        }
        gatewayPort = Integer.parseInt(env.get("FYP_GATEWAY_PORT"));
        kafkaPort = Integer.parseInt(env.get("FYP_KAFKA_PORT"));
        mongoPort = Integer.parseInt(env.get("FYP_MONGO_PORT"));
    }

    private boolean attached;

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    String kafka() {
        return "127.0.0.1:" + kafkaPort;
    }

    String mongo() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    /** The demo clients deploy/up printed, from {@code demo-clients.json} in the stack's data directory. */
    Map<String, com.fasterxml.jackson.databind.JsonNode> demoClients() throws IOException {
        Map<String, com.fasterxml.jackson.databind.JsonNode> clients = new LinkedHashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode client : JSON.readTree(Files.readString(dataDir.resolve("demo-clients.json")))) {
            clients.put(client.get("clientId").asText(), client);
        }
        return clients;
    }

    /** An access token of a demo client through the gateway's token endpoint, reused for four minutes. */
    synchronized String token(String clientId) throws IOException, InterruptedException {
        CachedToken cached = tokens.get(clientId);
        if (cached != null && cached.until() > System.nanoTime()) {
            return cached.token();
        }
        com.fasterxml.jackson.databind.JsonNode client = demoClients().get(clientId);
        if (client == null) {
            throw new IllegalArgumentException("no demo client " + clientId);
        }
        String token = token(clientId, client.get("clientSecret").asText());
        tokens.put(clientId, new CachedToken(token, System.nanoTime() + TimeUnit.MINUTES.toNanos(4)));
        return token;
    }

    /** An access token by client credentials (HTTP Basic) through the gateway; fails unless 200. */
    String token(String clientId, String secret) throws IOException, InterruptedException {
        String basic = java.util.Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        java.net.http.HttpResponse<String> answer = HTTP.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(gateway() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("token for " + clientId + ": " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body()).get("access_token").asText();
    }

    private record CachedToken(String token, long until) {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();
    private final Map<String, CachedToken> tokens = new HashMap<>();

    /** An answer through the gateway: status, body (null when empty or not JSON), content type and headers. */
    record Answer(int status, com.fasterxml.jackson.databind.JsonNode body, String contentType, Map<String, List<String>> headers) {
        String rule() {
            return body == null ? "" : body.path("rule").asText("");
        }
    }

    /** One request through the gateway, with a fresh Idempotency-Key on every request that has a body. */
    Answer send(String method, String path, String body, String token) throws IOException, InterruptedException {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(gateway() + path))
                .timeout(java.time.Duration.ofSeconds(20))
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.header("Idempotency-Key", "e2e-" + java.util.UUID.randomUUID());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        java.net.http.HttpResponse<byte[]> response = HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        com.fasterxml.jackson.databind.JsonNode json;
        try {
            json = response.body().length == 0 ? null : JSON.readTree(response.body());
        } catch (IOException notJson) {
            json = null;
        }
        return new Answer(response.statusCode(), json, response.headers().firstValue("Content-Type").orElse(""),
                response.headers().map());
    }

    /** Deletes the private copy of the jars {@link #isolate()} made (400 MB a run); the data directory stays for a post-mortem. */
    void discardIsolatedJars() throws IOException {
        Path jars = dataDir.getParent().resolve(dataDir.getFileName() + "-jars");
        if (Files.isDirectory(jars)) {
            try (java.util.stream.Stream<Path> files = Files.walk(jars)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    int servicePort(String service) {
        return Integer.parseInt(env.get("FYP_PORT_" + service.toUpperCase().replace('-', '_')));
    }

    /**
     * Runs the stack from a private copy of the deploy scripts and the built jars (in the data directory's
     * parent), so a build that rewrites the jars while the stack runs (another checkout's build on a shared
     * machine, or an IDE) cannot pull classes from under the running processes, and processes restarted by
     * the fault suite run the same code as before.
     */
    LocalStack isolate() throws IOException {
        Path copy = dataDir.getParent().resolve(dataDir.getFileName() + "-jars");
        if (attached) {
            runFrom = copy; // the running stack's copy: never overwritten under it
            return this;
        }
        List<String> paths = new java.util.ArrayList<>(List.of("deploy/up", "deploy/down", "deploy/lib",
                "deploy/local/target/classes", "deploy/local/target/lib", "gateway/target/gateway-0.1.0-SNAPSHOT.jar"));
        for (String service : SERVICES) {
            paths.add("services/" + service + "/target/" + service + "-0.1.0-SNAPSHOT.jar");
        }
        for (String path : paths) {
            Path from = repo.resolve(path);
            Path to = copy.resolve(path);
            Files.createDirectories(to.getParent());
            try {
                new ProcessBuilder("cp", "-a", "--reflink=auto", "-T", from.toString(), to.toString()).inheritIO().start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        runFrom = copy;
        return this;
    }

    /** {@code deploy/up --detach --no-build}: the jars were built by the reactor before this module. */
    long up() throws IOException, InterruptedException {
        long start = System.nanoTime();
        if (attached) {
            return 0;
        }
        run(List.of("./deploy/up", "--detach", "--no-build"), 300);
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(env);
        try (java.io.Writer writer = Files.newBufferedWriter(dataDir.resolve("stack-env.properties"))) {
            properties.store(writer, "ports of the stack started by " + dataDir.getFileName());
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    void down() throws IOException, InterruptedException {
        if (Boolean.getBoolean("fyp.e2e.keep")) {
            System.out.printf("e2e: stack kept running (-Dfyp.e2e.keep): FYP_DATA_DIR=%s ./deploy/down stops it%n", dataDir);
            return;
        }
        run(List.of("./deploy/down"), 120);
    }

    /** Stops one process of the stack by its pid file, the way an operator or a crash would. */
    void kill(String name, String signal) throws IOException, InterruptedException {
        String pid = Files.readString(dataDir.resolve("pids/" + name + ".pid")).trim();
        new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start().waitFor();
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory((runFrom == null ? repo : runFrom).toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.putAll(new HashMap<>(env));
        Path log = Files.createDirectories(dataDir.getParent()).resolve(dataDir.getFileName() + "-" + command.get(0).replace("./deploy/", "") + ".log");
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in " + timeoutSeconds + " s; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed with exit " + process.exitValue() + ":\n"
                    + tail(log));
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
