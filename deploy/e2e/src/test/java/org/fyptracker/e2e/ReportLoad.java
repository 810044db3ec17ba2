package org.fyptracker.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Steady milestone-report load through the gateway, the way a department system sends it: one PROGRESS
 * report every {@code interval}, each with its own Idempotency-Key and a token; a request that gets an
 * error or no answer (timeout, connection refused, 5xx, 409 request-in-progress, 429) is retried with the
 * same key and the same body until it gets a 2xx. Any other answer is wrong and recorded as such.
 */
final class ReportLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    record Target(String projectId, String milestoneId) {
    }

    /** One report request and what became of it. */
    static final class Request {
        final String key;
        final Target target;
        final String body;
        final long firstSentAt;
        volatile int firstStatus;
        volatile String firstError;
        volatile int finalStatus;
        volatile String reportId;
        volatile boolean replayed;
        volatile int attempts;
        volatile long acceptedAt;
        volatile String wrongAnswer;

        Request(String key, Target target, String body) {
            this.key = key;
            this.target = target;
            this.body = body;
            this.firstSentAt = System.currentTimeMillis();
        }

        boolean accepted() {
            return finalStatus >= 200 && finalStatus < 300;
        }

        boolean acceptedFirstTime() {
            return firstStatus >= 200 && firstStatus < 300;
        }
    }

    private final LocalStack stack;
    private final List<Target> targets;
    private final Duration interval;
    private final Duration timeout;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Request> pending = new ConcurrentHashMap<>();
    private volatile boolean sending;
    private volatile boolean retrying;
    private Thread sender;
    private Thread retrier;
    private String prefix;
    private int counter;

    ReportLoad(LocalStack stack, List<Target> targets, Duration interval, Duration timeout) {
        this.stack = stack;
        this.targets = targets;
        this.interval = interval;
        this.timeout = timeout;
    }

    /** Starts sending reports whose keys begin with {@code ld-<fault>-}. */
    synchronized void start(String fault) {
        prefix = "ld-" + fault.replaceAll("[^a-z0-9]", "") + "-";
        requests.clear();
        pending.clear();
        counter = 0;
        sending = true;
        retrying = true;
        sender = new Thread(this::sendLoop, "load-" + fault);
        retrier = new Thread(this::retryLoop, "retry-" + fault);
        sender.setDaemon(true);
        retrier.setDaemon(true);
        sender.start();
        retrier.start();
    }

    /** Stops new reports; retries go on until every request has a 2xx or {@code drainTimeout} has passed. */
    void stopAndDrain(Duration drainTimeout) throws InterruptedException {
        sending = false;
        sender.join();
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        retrying = false;
        retrier.join();
    }

    int pendingCount() {
        return pending.size();
    }

    /** The first moment after {@code since} (epoch ms) at which a request was accepted, or -1. */
    long firstAcceptedAfter(long since) {
        return requests.stream().mapToLong(r -> r.acceptedAt).filter(t -> t >= since).min().orElse(-1);
    }

    private void sendLoop() {
        while (sending) {
            long started = System.nanoTime();
            Target target = targets.get(counter % targets.size());
            String key = prefix + (counter++) + "-" + UUID.randomUUID().toString().substring(0, 8);
            String body = "{\"type\":\"PROGRESS\",\"percentComplete\":50,\"narrative\":\"" + key + "\",\"reportedOn\":\"2026-11-01\"}";
            Request request = new Request(key, target, body);
            requests.add(request);
            attempt(request, true);
            long sleep = interval.toMillis() - (System.nanoTime() - started) / 1_000_000;
            if (sleep > 0) {
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void retryLoop() {
        while (retrying) {
            List<Request> round = new ArrayList<>(pending.values());
            round.sort((a, b) -> Long.compare(a.firstSentAt, b.firstSentAt));
            for (Request request : round) {
                if (!retrying) {
                    return;
                }
                attempt(request, false);
                pause(50); // stays well under the gateway's per-client rate limit together with the load
            }
            pause(500);
        }
    }

    private void attempt(Request request, boolean first) {
        request.attempts++;
        int status;
        String error = null;
        JsonNode body = null;
        boolean replayed = false;
        try {
            HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/v1/projects/"
                            + request.target.projectId() + "/milestones/" + request.target.milestoneId() + "/reports"))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", request.key)
                    .header("Authorization", "Bearer " + stack.token("demo-report-fz-transport"))
                    .POST(HttpRequest.BodyPublishers.ofString(request.body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            status = answer.statusCode();
            replayed = answer.headers().firstValue("Idempotent-Replayed").isPresent();
            try {
                body = answer.body().length == 0 ? null : JSON.readTree(answer.body());
            } catch (java.io.IOException notJson) {
                error = "not JSON: " + new String(answer.body(), StandardCharsets.UTF_8);
            }
            if (status >= 300 && body != null) {
                error = status + " " + body.path("rule").asText("") + " " + body.path("detail").asText("");
            }
        } catch (Exception noAnswer) {
            status = -1;
            error = noAnswer.getClass().getSimpleName() + ": " + noAnswer.getMessage();
        }
        if (first) {
            request.firstStatus = status;
            request.firstError = error;
        }
        if (status >= 200 && status < 300) {
            request.finalStatus = status;
            request.replayed = replayed;
            request.reportId = body == null ? null : body.path("id").asText(null);
            request.acceptedAt = System.currentTimeMillis();
            pending.remove(request.key);
        } else if (status < 0 || status >= 500 || status == 409 || status == 429 || status == 401) {
            // 401: a token fetched while the departments route was failing; the next attempt gets a new one.
            pending.put(request.key, request);
        } else {
            request.finalStatus = status;
            request.wrongAnswer = error;
            pending.remove(request.key);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
