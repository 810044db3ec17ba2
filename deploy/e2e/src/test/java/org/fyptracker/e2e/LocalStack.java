package org.fyptracker.e2e;

import java.io.IOException;
import java.net.ServerSocket;
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
    final Path dataDir;
    final Map<String, String> env = new LinkedHashMap<>();
    final int gatewayPort;
    final int kafkaPort;
    final int mongoPort;

    LocalStack(String name) throws IOException {
        repo = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../..").normalize();
        dataDir = repo.resolve("deploy/e2e/target/" + name + "-data");
        gatewayPort = freePort();
        kafkaPort = freePort();
        mongoPort = freePort();
        env.put("FYP_DATA_DIR", dataDir.toString());
        env.put("FYP_GATEWAY_PORT", String.valueOf(gatewayPort));
        env.put("FYP_KAFKA_PORT", String.valueOf(kafkaPort));
        env.put("FYP_KAFKA_CONTROLLER_PORT", String.valueOf(freePort()));
        env.put("FYP_MONGO_PORT", String.valueOf(mongoPort));
        for (String service : SERVICES) {
            env.put("FYP_PORT_" + service.toUpperCase().replace('-', '_'), String.valueOf(freePort()));
        }
    }

    String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    String kafka() {
        return "127.0.0.1:" + kafkaPort;
    }

    int servicePort(String service) {
        return Integer.parseInt(env.get("FYP_PORT_" + service.toUpperCase().replace('-', '_')));
    }

    /** {@code deploy/up --detach --no-build}: the jars were built by the reactor before this module. */
    long up() throws IOException, InterruptedException {
        long start = System.nanoTime();
        run(List.of("./deploy/up", "--detach", "--no-build"), 300);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    void down() throws IOException, InterruptedException {
        run(List.of("./deploy/down"), 120);
    }

    /** Stops one process of the stack by its pid file, the way an operator or a crash would. */
    void kill(String name, String signal) throws IOException, InterruptedException {
        String pid = Files.readString(dataDir.resolve("pids/" + name + ".pid")).trim();
        new ProcessBuilder("kill", "-" + signal, pid).inheritIO().start().waitFor();
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
