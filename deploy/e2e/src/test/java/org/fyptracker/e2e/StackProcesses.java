package org.fyptracker.e2e;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Breaks and mends single processes of a local stack started by {@code deploy/up}: each is found by its pid
 * file, killed or stopped, and started again with exactly the command line, environment and working
 * directory it had (read from {@code /proc}), its output appended to its log and its new pid in its pid file,
 * so {@code deploy/down} still stops everything.
 */
final class StackProcesses {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final LocalStack stack;
    private final Map<String, Launch> launches = new LinkedHashMap<>();

    record Launch(List<String> command, Map<String, String> environment, Path directory) {
    }

    StackProcesses(LocalStack stack) {
        this.stack = stack;
    }

    long pid(String name) throws IOException {
        return Long.parseLong(Files.readString(stack.dataDir.resolve("pids/" + name + ".pid")).trim());
    }

    /** Remembers how {@code name} was started, so it can be started again after it is gone. */
    Launch remember(String name) throws IOException {
        long pid = pid(name);
        Path proc = Path.of("/proc/" + pid);
        List<String> command = split(Files.readAllBytes(proc.resolve("cmdline")));
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : split(Files.readAllBytes(proc.resolve("environ")))) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                environment.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        Launch launch = new Launch(command, environment, Files.readSymbolicLink(proc.resolve("cwd")));
        launches.put(name, launch);
        return launch;
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye. */
    void kill9(String name) throws IOException, InterruptedException {
        remember(name);
        signal(name, "KILL");
        awaitExit(name, Duration.ofSeconds(10));
    }

    /** A normal stop (TERM), as an operator or an orchestrator would stop it; KILL after 60 s. */
    void stop(String name) throws IOException, InterruptedException {
        remember(name);
        signal(name, "TERM");
        if (!awaitExit(name, Duration.ofSeconds(60))) {
            signal(name, "KILL");
            awaitExit(name, Duration.ofSeconds(10));
        }
    }

    /** Starts {@code name} again the way it was started; returns once its port answers (and, for an HTTP service, it is ready). */
    void start(String name) throws IOException, InterruptedException {
        Launch launch = launches.get(name);
        if (launch == null) {
            throw new IllegalStateException(name + " was not stopped by this suite");
        }
        List<String> command = new ArrayList<>();
        command.add("setsid");
        command.addAll(launch.command());
        ProcessBuilder builder = new ProcessBuilder(command).directory(launch.directory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stack.dataDir.resolve("logs/" + name + ".log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(launch.environment());
        Process process = builder.start();
        Files.writeString(stack.dataDir.resolve("pids/" + name + ".pid"), process.pid() + "\n");
    }

    /** Waits until {@code name} serves again: its readiness probe for HTTP processes, its port for Kafka and MongoDB. */
    void awaitReady(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ready(name)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout);
    }

    boolean ready(String name) {
        int port = port(name);
        if (name.equals("kafka") || name.equals("mongo")) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return true;
            } catch (IOException closed) {
                return false;
            }
        }
        try {
            HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    int port(String name) {
        return switch (name) {
            case "gateway" -> stack.gatewayPort;
            case "kafka" -> stack.kafkaPort;
            case "mongo" -> stack.mongoPort;
            default -> stack.servicePort(name);
        };
    }

    private void signal(String name, String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, String.valueOf(pid(name))).inheritIO().start().waitFor();
    }

    private boolean awaitExit(String name, Duration timeout) throws IOException, InterruptedException {
        long pid = pid(name);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static List<String> split(byte[] nulSeparated) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < nulSeparated.length; i++) {
            if (nulSeparated[i] == 0) {
                parts.add(new String(nulSeparated, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < nulSeparated.length) {
            parts.add(new String(nulSeparated, start, nulSeparated.length - start, StandardCharsets.UTF_8));
        }
        return parts;
    }
}
