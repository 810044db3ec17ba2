package org.fyptracker.gateway.streams;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a stream stands in its topic: for every partition, the offset of the next record to send. It is
 * the SSE {@code id} of every event ({@code fyp.projects.events.v1:0-13,1-6,2-34}), so a client that
 * reconnects with {@code Last-Event-ID} resumes each partition exactly after the last event it got:
 * nothing is missed and nothing comes twice. A partition the cursor does not name (one added since) is
 * read from its beginning.
 */
public record StreamCursor(String topic, Map<Integer, Long> next) {

    private static final Pattern PAIR = Pattern.compile("\\d{1,9}-\\d{1,19}");

    public StreamCursor {
        next = Map.copyOf(next);
    }

    public StreamCursor advance(int partition, long offset) {
        Map<Integer, Long> moved = new TreeMap<>(next);
        moved.put(partition, offset + 1);
        return new StreamCursor(topic, moved);
    }

    public String id() {
        return topic + ":" + new TreeMap<>(next).entrySet().stream()
                .map(e -> e.getKey() + "-" + e.getValue()).collect(Collectors.joining(","));
    }

    /** Parses a Last-Event-ID of this topic; anything else is refused (a 400, not a silent restart). */
    public static StreamCursor parse(String topic, String id) {
        String prefix = topic + ":";
        if (id == null || !id.startsWith(prefix)) {
            throw new IllegalArgumentException("Last-Event-ID is not a position in " + topic);
        }
        Map<Integer, Long> next = new TreeMap<>();
        String pairs = id.substring(prefix.length());
        if (!pairs.isEmpty()) {
            for (String pair : pairs.split(",")) {
                if (!PAIR.matcher(pair).matches()) {
                    throw new IllegalArgumentException("Last-Event-ID has a malformed partition-offset: " + pair);
                }
                int dash = pair.indexOf('-');
                next.put(Integer.parseInt(pair.substring(0, dash)), Long.parseLong(pair.substring(dash + 1)));
            }
        }
        return new StreamCursor(topic, next);
    }
}
