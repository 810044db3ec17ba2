package org.fyptracker.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The breaker under load: a burst the service answers must not trip it, a dead service must, and the
 * change of state is logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class GatewayBreakerTest {

    /** Answers every request after 300 ms, so a burst of requests is in flight at the same time. */
    static final StubService projects = start(Duration.ofMillis(300));

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        String dead = StubService.deadUri();
        registry.add("fyp.gateway.services.projects.uri", projects::uri);
        registry.add("fyp.gateway.services.indicators.uri", () -> dead);
        registry.add("fyp.gateway.security.anonymous.requests", () -> "100000");
    }

    @AfterAll
    static void stop() {
        projects.close();
    }

    @Test
    void a_burst_of_eighty_concurrent_requests_to_a_service_that_answers_them_all_gets_eighty_answers_and_no_503() throws Exception {
        // Spring Cloud CircuitBreaker's default bulkhead let 25 through and answered the rest 503.
        WebTestClient slowClient = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        List<Callable<Integer>> burst = IntStream.range(0, 80).<Callable<Integer>>mapToObj(n -> () -> slowClient.get()
                .uri("/api/v1/projects/p-" + n).exchange().returnResult(String.class).getStatus().value()).toList();
        List<Integer> statuses = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(80);
        try {
            for (Future<Integer> answer : callers.invokeAll(burst)) {
                statuses.add(answer.get());
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(statuses).hasSize(80).containsOnly(200);
        assertThat(projects.received.stream().filter(r -> r.path().startsWith("/api/v1/projects/p-"))).hasSize(80);
    }

    @Test
    void a_dead_service_opens_its_breaker_and_the_change_is_logged_with_the_failure_that_caused_it(CapturedOutput output) {
        for (int i = 0; i < 12; i++) {
            client.get().uri("/api/v1/indicators/FZ-15.I01").exchange().expectStatus().isEqualTo(503);
        }

        assertThat(output.getAll()).contains("circuit breaker state changed breaker=indicators from=CLOSED to=OPEN")
                .containsPattern("breaker=indicators from=CLOSED to=OPEN failureRate=\\S+ calls=10 failedCalls=10 "
                        + "lastFailure=\\S*Connect");
    }

    private static StubService start(Duration delay) {
        try {
            return new StubService(delay);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
