package org.fyptracker.departments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The departments service over HTTP as a department's system sees it, for the integration tests: calls
 * with a bearer token and a fresh Idempotency-Key, tokens by the client credentials grant, and the demo
 * clients the service wrote to its file at start.
 */
public final class DepartmentsApi {

    public record Answer(int status, JsonNode body, HttpHeaders headers) {
    }

    private final RestClient http;
    private final ObjectMapper json;
    private final Path demoClientsFile;

    public DepartmentsApi(int port, ObjectMapper json, Path demoClientsFile) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { })
                .build();
        this.json = json;
        this.demoClientsFile = demoClientsFile;
    }

    /** A file for {@code fyp.departments.demo-clients-file} in a directory of its own. */
    public static Path newDemoClientsFile() {
        try {
            return Files.createTempDirectory("fyp-departments-it").resolve("demo-clients.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer call(String method, String path, String bearer, String body) {
        return http.method(HttpMethod.valueOf(method)).uri(path)
                .headers(h -> {
                    if (bearer != null) h.setBearerAuth(bearer);
                    h.set("Idempotency-Key", UUID.randomUUID().toString());
                })
                .contentType(MediaType.APPLICATION_JSON)
                .body(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8))
                .exchange((req, res) -> {
                    byte[] bytes = res.getBody().readAllBytes();
                    return new Answer(res.getStatusCode().value(), bytes.length == 0 ? null : json.readTree(bytes),
                            res.getHeaders());
                });
    }

    /** POST /oauth2/token with the client credentials grant and HTTP Basic, as a department's system would. */
    public Answer token(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.post().uri("/oauth2/token")
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials")
                .exchange((req, res) -> new Answer(res.getStatusCode().value(),
                        json.readTree(res.getBody().readAllBytes()), res.getHeaders()));
    }

    public String accessToken(String clientId, String secret) {
        Answer answer = token(clientId, secret);
        assertThat(answer.status()).as("token for " + clientId).isEqualTo(200);
        return answer.body().get("access_token").asText();
    }

    public JsonNode demoClient(String clientId) throws IOException {
        for (JsonNode client : json.readTree(demoClientsFile.toFile())) {
            if (clientId.equals(client.get("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no demo client " + clientId);
    }

    /** A token of one of the demo clients ({@code demo-admin}, {@code demo-supervise}, {@code demo-report-gl-gov}, …). */
    public String demoToken(String clientId) throws IOException {
        return accessToken(clientId, demoClient(clientId).get("clientSecret").asText());
    }
}
