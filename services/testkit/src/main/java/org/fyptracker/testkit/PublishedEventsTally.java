package org.fyptracker.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.fyptracker.contracts.cloudevents.ContractViolation;
import org.fyptracker.contracts.cloudevents.PublishedEventCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every record the converters of this test JVM wrote, checked against the contract
 * ({@link PublishedEventCheck}): how many of each type, and every violation, since the last test class
 * took its share ({@link #takeClassShare()}) and in the whole JVM.
 */
public final class PublishedEventsTally {

    private static final Logger log = LoggerFactory.getLogger(PublishedEventsTally.class);
    private static final Map<String, Long> SINCE_LAST_CLASS = new TreeMap<>();
    private static final Map<String, Long> IN_THIS_JVM = new TreeMap<>();
    private static final List<ContractViolation> VIOLATIONS = new ArrayList<>();

    private PublishedEventsTally() {
    }

    /** What one test class (or the JVM so far) saw: events per type, and what broke the contract. */
    public record Share(Map<String, Long> eventsByType, List<ContractViolation> violations) {

        public long events() {
            return eventsByType.values().stream().mapToLong(Long::longValue).sum();
        }

        public String summary() {
            return events() + " events of " + eventsByType.size() + " types";
        }
    }

    /** Checks a record a converter wrote; a violation is logged at once and kept for the test class. */
    public static void check(ProducerRecord<?, ?> record) {
        Map<String, String> headers = new TreeMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        byte[] value = record.value() instanceof byte[] bytes ? bytes
                : record.value() == null ? null : record.value().toString().getBytes(StandardCharsets.UTF_8);
        List<ContractViolation> violations = PublishedEventCheck.check(
                record.key() == null ? null : record.key().toString(), headers, value);
        String type = String.valueOf(headers.get(PublishedEventCheck.HEADER_PREFIX + "type"));
        violations.forEach(v -> log.error("published event breaks the contract topic={} {}", record.topic(), v));
        synchronized (PublishedEventsTally.class) {
            SINCE_LAST_CLASS.merge(type, 1L, Long::sum);
            IN_THIS_JVM.merge(type, 1L, Long::sum);
            VIOLATIONS.addAll(violations);
        }
    }

    /** What was checked since the previous call, which starts the next share. */
    public static synchronized Share takeClassShare() {
        Share share = new Share(Map.copyOf(new TreeMap<>(SINCE_LAST_CLASS)), List.copyOf(VIOLATIONS));
        SINCE_LAST_CLASS.clear();
        VIOLATIONS.clear();
        return share;
    }

    /** Everything checked in this JVM (violations not included). */
    public static synchronized Share inThisJvm() {
        return new Share(Map.copyOf(IN_THIS_JVM), List.of());
    }
}
