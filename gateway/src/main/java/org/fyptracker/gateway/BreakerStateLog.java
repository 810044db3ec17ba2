package org.fyptracker.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One log line per state change of a route's circuit breaker, with the figures that moved it and the
 * last failure it recorded, so an open breaker can be traced to its cause (a refused connection, a
 * timeout, a reset) instead of only being seen as 503s.
 */
@Component
class BreakerStateLog {

    private static final Logger log = LoggerFactory.getLogger(BreakerStateLog.class);

    private final Map<String, String> lastFailure = new ConcurrentHashMap<>();

    void watch(CircuitBreakerRegistry registry) {
        registry.getAllCircuitBreakers().forEach(this::watch);
        registry.getEventPublisher().onEntryAdded(added -> watch(added.getAddedEntry()));
    }

    private void watch(CircuitBreaker breaker) {
        breaker.getEventPublisher()
                .onError(error -> lastFailure.put(breaker.getName(), error.getThrowable().toString()))
                .onStateTransition(change -> {
                    CircuitBreaker.Metrics metrics = breaker.getMetrics();
                    log.warn("circuit breaker state changed breaker={} from={} to={} failureRate={} calls={} "
                                    + "failedCalls={} lastFailure={}", breaker.getName(),
                            change.getStateTransition().getFromState(), change.getStateTransition().getToState(),
                            metrics.getFailureRate(), metrics.getNumberOfBufferedCalls(),
                            metrics.getNumberOfFailedCalls(), lastFailure.getOrDefault(breaker.getName(), "none"));
                });
    }
}
