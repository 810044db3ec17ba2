package org.fyptracker.gateway;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every route's breaker: a time limit so a hung service answers the caller with a problem instead of
 * holding the connection, and opening after repeated failures so a dead service is not hammered.
 *
 * <p>Spring Cloud CircuitBreaker also puts a semaphore bulkhead in front of every breaker when
 * resilience4j-bulkhead is on the classpath (it is), with Resilience4j's default of 25 calls in flight
 * and no waiting. Left alone, the 26th concurrent request to a service was refused with a 503 and
 * counted as a failure of the service, so a burst opened the breaker for a service that was answering
 * every request (docs/benchmarks.md, finding 3). The limit is now deliberate ({@code
 * fyp.gateway.max-concurrent-calls}), and a full bulkhead is the gateway's own limit, not a failure of
 * the service: it still answers 503 at once, but it does not open the breaker.
 */
@Configuration
class CircuitBreakers {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> perRouteLimits(GatewayProperties properties,
            BreakerStateLog stateLog) {
        return factory -> {
            factory.configureDefault(name -> new Resilience4JConfigBuilder(name)
                    .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).build())
                    .circuitBreakerConfig(CircuitBreakerConfig.custom()
                            .slidingWindowSize(20)
                            .minimumNumberOfCalls(10)
                            .failureRateThreshold(50)
                            .waitDurationInOpenState(Duration.ofSeconds(5))
                            .permittedNumberOfCallsInHalfOpenState(3)
                            .ignoreExceptions(BulkheadFullException.class)
                            .build())
                    .build());
            stateLog.watch(factory.getCircuitBreakerRegistry());
        };
    }

    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> perRouteConcurrency(GatewayProperties properties) {
        return provider -> provider.configureDefault(name -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(BulkheadConfig.custom()
                        .maxConcurrentCalls(properties.maxConcurrentCalls())
                        .maxWaitDuration(Duration.ZERO)
                        .build())
                .build());
    }
}
