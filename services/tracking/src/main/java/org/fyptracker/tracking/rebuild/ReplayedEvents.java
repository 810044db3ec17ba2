package org.fyptracker.tracking.rebuild;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

/**
 * Counts what the Kafka-fed processors do during a rebuild: per processor, every record it passes (a message
 * monitor sees handled and ignored messages alike: the rebuild's progress), and the events handed to a read
 * model's handler (an interceptor: {@code handled}). Not an interceptor bean itself: Axon's Spring Boot support
 * would put it on every processor a second time and every event would be counted twice.
 */
public class ReplayedEvents {

    private final AtomicLong handled = new AtomicLong();
    private final Map<String, AtomicLong> passed = new ConcurrentHashMap<>();

    /** The interceptor of one processor: counts every event it hands to its handlers. */
    MessageHandlerInterceptor<EventMessage<?>> counter() {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            handled.incrementAndGet();
            return result;
        };
    }

    /** The monitor of one processor: counts every message it ingests. */
    MessageMonitor<Message<?>> monitor(String processor) {
        AtomicLong count = passed.computeIfAbsent(processor, p -> new AtomicLong());
        return message -> {
            count.incrementAndGet();
            return NoOpMessageMonitorCallback.INSTANCE;
        };
    }

    long handled() {
        return handled.get();
    }

    /** Records the processor has passed since the rebuild began. */
    long passed(String processor) {
        AtomicLong count = passed.get(processor);
        return count == null ? 0 : count.get();
    }

    void restart() {
        handled.set(0);
        passed.values().forEach(c -> c.set(0));
    }
}
