package org.fyptracker.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of real HTTP servers: one that answers, one that is down, one that hangs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

    static final StubService projects = start(Duration.ZERO);
    static final StubService tracking = start(Duration.ofSeconds(4));

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        String dead = StubService.deadUri();
        registry.add("fyp.gateway.timeout", () -> "1s");
        registry.add("fyp.gateway.services.projects.uri", projects::uri);
        registry.add("fyp.gateway.services.tracking.uri", tracking::uri);
        registry.add("fyp.gateway.services.indicators.uri", () -> dead);
    }

    @AfterAll
    static void stop() {
        projects.close();
        tracking.close();
    }

    @Test
    void a_registration_reaches_the_projects_service_with_its_body_and_idempotency_key_and_the_answer_comes_back() {
        client.post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "key-1")
                .bodyValue("{\"name\":\"闽江口工程\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Location", "/api/v1/tracking/projects/p-1")
                .expectBody().jsonPath("$.echo").isEqualTo("福州");

        assertThat(projects.received).anySatisfy(r -> {
            assertThat(r.path()).isEqualTo("/api/v1/projects");
            assertThat(r.idempotencyKey()).isEqualTo("key-1");
            assertThat(r.body()).isEqualTo("{\"name\":\"闽江口工程\"}");
        });
    }

    @Test
    void a_service_that_is_down_gets_the_caller_a_503_problem_naming_it_not_a_timeout() {
        // 503, not 504: the refused connection is answered at once rather than waited out to the time limit.
        client.get().uri("/api/v1/indicators/FZ-15.I01")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody()
                .jsonPath("$.service").isEqualTo("indicators")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.instance").isEqualTo("/api/v1/indicators/FZ-15.I01");
    }

    @Test
    void a_service_that_hangs_is_cut_off_at_the_time_limit_with_a_504_problem() {
        client.get().uri("/api/v1/tracking/projects/p-1")
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.service").isEqualTo("tracking");
    }

    @Test
    void a_body_over_one_mebibyte_is_refused_at_the_door_and_never_reaches_the_service() {
        int before = projects.received.size();
        client.post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("\"" + "a".repeat(1024 * 1024 + 1) + "\"")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("1048576"));
        assertThat(projects.received).hasSize(before);
    }

    @Test
    void a_path_no_service_owns_is_a_404_problem() {
        client.get().uri("/api/v1/nothing-here")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void the_combined_api_docs_are_served_and_each_service_document_is_fetched_through_the_gateway() {
        client.get().uri("/api-docs").exchange().expectStatus().is3xxRedirection();
        client.get().uri("/gateway/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.urls[?(@.name=='projects')].url").isEqualTo("/v3/api-docs/projects");
        client.get().uri("/v3/api-docs/projects").exchange().expectStatus().isOk();
        assertThat(projects.received).anySatisfy(r -> assertThat(r.path()).isEqualTo("/v3/api-docs"));
    }

    private static StubService start(Duration delay) {
        try {
            return new StubService(delay);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
