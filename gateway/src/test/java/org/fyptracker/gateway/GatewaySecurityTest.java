package org.fyptracker.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Tokens at the door: a good one goes on to the service as it came, an expired, forged or foreign one is
 * refused with a 401 problem and never reaches the service; each client has its own rate limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewaySecurityTest {

    static final TestTokens tokens = create(TestTokens::new);
    static final StubService projects = create(() -> new StubService(Duration.ZERO));

    interface Maker<T> {
        T make() throws Exception;
    }

    static <T> T create(Maker<T> maker) {
        try {
            return maker.make();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("fyp.gateway.services.projects.uri", projects::uri);
        registry.add("fyp.gateway.security.jwk-set-uri", tokens::jwkSetUri);
        registry.add("fyp.gateway.security.clients.requests", () -> "5");
        registry.add("fyp.gateway.security.clients.period", () -> "10s");
        registry.add("fyp.gateway.security.anonymous.requests", () -> "1000");
        registry.add("fyp.gateway.security.overrides[0].client", () -> "department-system");
        registry.add("fyp.gateway.security.overrides[0].requests", () -> "8");
        registry.add("fyp.gateway.security.overrides[0].period", () -> "10s");
        registry.add("fyp.gateway.security.overrides[1].scope", () -> "supervise");
        registry.add("fyp.gateway.security.overrides[1].requests", () -> "7");
        registry.add("fyp.gateway.security.overrides[1].period", () -> "10s");
    }

    @AfterAll
    static void stop() {
        projects.close();
        tokens.close();
    }

    private WebTestClient.ResponseSpec post(String token) {
        WebTestClient.RequestBodySpec request = client.post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.bodyValue("{\"name\":\"闽江口工程\"}").exchange();
    }

    @Test
    void a_valid_token_reaches_the_service_with_the_authorization_header_intact() throws Exception {
        String token = tokens.token("gl-client", "gl-gov", "report");
        post(token).expectStatus().isCreated();
        assertThat(projects.received).anySatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + token));
    }

    @Test
    void no_token_goes_on_and_the_service_decides() {
        int before = projects.received.size();
        post(null).expectStatus().isCreated();
        assertThat(projects.received).hasSize(before + 1);
    }

    @Test
    void expired_forged_and_foreign_tokens_are_refused_with_a_401_problem_and_never_reach_the_service() throws Exception {
        for (String bad : List.of(tokens.expired("x"), tokens.forged("x"), tokens.foreignAudience("x"), "not.a.jwt")) {
            int before = projects.received.size();
            post(bad).expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().value("WWW-Authenticate", v -> assertThat(v).startsWith("Bearer error=\"invalid_token\""))
                    .expectBody().jsonPath("$.rule").isEqualTo("invalid-token")
                    .jsonPath("$.status").isEqualTo(401);
            assertThat(projects.received).hasSize(before);
        }
    }

    @Test
    void a_token_accepted_before_lets_no_forged_or_expired_token_of_the_same_client_through() throws Exception {
        post(tokens.token("remembered", "gl-gov", "report")).expectStatus().isCreated();
        post(tokens.token("remembered", "gl-gov", "report")).expectStatus().isCreated();
        int before = projects.received.size();

        post(tokens.forged("remembered")).expectStatus().isUnauthorized();
        post(tokens.expired("remembered")).expectStatus().isUnauthorized();
        assertThat(projects.received).hasSize(before);
    }

    @Test
    void a_client_over_its_limit_gets_429_with_retry_after_and_other_clients_go_on() throws Exception {
        String busy = tokens.token("busy-client", "fz-transport", "report");
        List<Integer> statuses = new ArrayList<>();
        EntityExchangeResult<String> refused = null;
        for (int i = 0; i < 7; i++) {
            EntityExchangeResult<String> result = post(busy).expectBody(String.class).returnResult();
            statuses.add(result.getStatus().value());
            if (result.getStatus().value() == 429 && refused == null) {
                refused = result;
            }
        }
        assertThat(statuses.subList(0, 5)).containsOnly(201);
        assertThat(statuses.subList(5, 7)).containsOnly(429);
        assertThat(refused.getResponseHeaders().getFirst("Retry-After")).matches("[1-9][0-9]*");
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"))).isBetween(1L, 10L);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseBody()).contains("\"rule\":\"rate-limited\"").contains("busy-client");

        post(tokens.token("calm-client", "gl-gov", "report")).expectStatus().isCreated();
    }

    @Test
    void a_refused_request_is_answered_after_its_whole_body_and_its_connection_serves_the_next_request() throws Exception {
        String limited = tokens.token("slow-sender", "gl-gov", "report");
        statusesOf(limited, 5);
        Map<String, Integer> refusals = Map.of(tokens.forged("slow-sender"), 401, limited, 429);
        for (Map.Entry<String, Integer> refusal : refusals.entrySet()) {
            try (RawConnection connection = new RawConnection(port)) {
                byte[] body = "{\"name\":\"闽江口工程\"}".getBytes(StandardCharsets.UTF_8);
                connection.send("POST /api/v1/projects HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer " + refusal.getKey()
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n", body, 0, 5);
                assertThat(connection.answersWithin(Duration.ofMillis(300))).as("answered before the body ended").isFalse();
                connection.send("", body, 5, body.length - 5);
                assertThat(connection.status()).isEqualTo(refusal.getValue());

                connection.send("GET /api/v1/projects HTTP/1.1\r\nHost: gateway\r\n\r\n", new byte[0], 0, 0);
                assertThat(connection.status()).isEqualTo(200);
            }
        }
    }

    @Test
    void a_client_or_scope_with_its_own_limit_is_held_to_that_limit_instead_of_the_default() throws Exception {
        assertThat(statusesOf(tokens.token("department-system", "fz-transport", "report"), 9))
                .containsExactly(201, 201, 201, 201, 201, 201, 201, 201, 429);
        assertThat(statusesOf(tokens.token("supervisor-screen", "fz-transport", "supervise"), 8))
                .containsExactly(201, 201, 201, 201, 201, 201, 201, 429);
        post(tokens.token("department-system", "fz-transport", "report")).expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("may send 8 requests"));
    }

    private List<Integer> statusesOf(String token, int requests) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            statuses.add(post(token).expectBody(String.class).returnResult().getStatus().value());
        }
        return statuses;
    }
}
