package org.fyptracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** HTTP/1.1 with keep-alive (the JDK client), bearer tokens from the stack's demo clients, JSON. */
public final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String tokenUrl;
    private final Map<String, String[]> credentials = new HashMap<>();
    private final Map<String, Token> tokens = new HashMap<>();

    private record Token(String value, long obtainedAt) {
    }

    Http(String gatewayUrl, Path demoClients, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "http");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.tokenUrl = gatewayUrl + "/oauth2/token";
        for (JsonNode c : JSON.readTree(demoClients.toFile())) {
            credentials.put(c.get("clientId").asText(), new String[]{c.get("clientId").asText(), c.get("clientSecret").asText()});
        }
    }

    /** A token of the named demo client, renewed after four of its five minutes. */
    synchronized String token(String clientId) {
        Token t = tokens.get(clientId);
        if (t == null || System.nanoTime() - t.obtainedAt > 240_000_000_000L) {
            String[] c = credentials.get(clientId);
            if (c == null) {
                throw new IllegalStateException("no demo client " + clientId);
            }
            String basic = Base64.getEncoder().encodeToString((c[0] + ":" + c[1]).getBytes(StandardCharsets.UTF_8));
            HttpRequest req = HttpRequest.newBuilder(URI.create(tokenUrl)).header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
            t = new Token(tokenFrom(clientId, req), System.nanoTime());
            tokens.put(clientId, t);
        }
        return t.value;
    }

    /**
     * The token endpoint's answer, asked again for up to a minute while it answers 5xx or not at all: a renewal can
     * fall in a step that saturates the machine (the rebuild of the history run once met a 504 from the gateway).
     */
    private String tokenFrom(String clientId, HttpRequest req) {
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (true) {
            String failure;
            try {
                HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return JSON.readTree(r.body()).get("access_token").asText();
                }
                if (r.statusCode() < 500) {
                    throw new IllegalStateException("token for " + clientId + ": " + r.statusCode() + " " + r.body());
                }
                failure = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                failure = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("token for " + clientId, e);
            }
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("token for " + clientId + " for a minute: " + failure);
            }
            Bench.log("token for " + clientId + " not given (" + failure.lines().findFirst().orElse("") + "); asking again");
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("token for " + clientId, e);
            }
        }
    }

    boolean has(String clientId) {
        return credentials.containsKey(clientId);
    }

    /** POST JSON with a fresh Idempotency-Key; completes with the status code. */
    CompletableFuture<Integer> postAsync(String url, String clientId, String body) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(clientId))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.sendAsync(req, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    CompletableFuture<Integer> getAsync(String url, String clientId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (clientId != null) {
            b.header("Authorization", "Bearer " + token(clientId));
        }
        return client.sendAsync(b.build(), HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    HttpResponse<String> post(String url, String clientId, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (clientId != null) {
            b.header("Authorization", "Bearer " + token(clientId));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url, String clientId) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (clientId != null) {
            b.header("Authorization", "Bearer " + token(clientId));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String url, String clientId) throws IOException, InterruptedException {
        HttpResponse<String> r = get(url, clientId);
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("GET " + url + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
