package org.fyptracker.tracking.asof;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Answers replayed "as of" a past business day, kept so that asking about the same day again does not fold
 * the event logs again. Pure bookkeeping (no Spring, no MongoDB), so its rules are unit-tested:
 * <ul>
 *   <li>only days strictly before today are kept: today's events are still coming;</li>
 *   <li>an answer is reused only while the logs still hold what they held when it was replayed: the
 *       caller's {@code stamp} (tracking: how many events each log holds recorded before the end of that
 *       day) must be equal. The logs only grow, event by event id, so an equal count is the same events.
 *       A past day's events can still arrive late — a projection catching up after midnight, another
 *       instance of the service logging them, events that carry an earlier {@code recordedAt} (history
 *       loaded by an integrator, the local stack's demo clock) — and then the count differs;</li>
 *   <li>{@link #clear()} forgets everything (a rebuild drops the logs), and an answer replayed while a
 *       clear happened is not kept;</li>
 *   <li>at most {@code capacity} days, the least recently asked forgotten first; 0 keeps nothing.</li>
 * </ul>
 * Replays of one day by two requests at once both run; the later one's answer is kept.
 */
public class ReplayCache<V> {

    private record Entry<V>(Object stamp, V value) {
    }

    private final int capacity;
    private final Map<LocalDate, Entry<V>> entries;
    private long generation;
    private long hits;
    private long misses;

    public ReplayCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<LocalDate, Entry<V>> eldest) {
                return size() > ReplayCache.this.capacity;
            }
        };
    }

    /**
     * The answer as of {@code date}: kept, or replayed (and kept when the day is over).
     *
     * @param stamp  what the logs hold for that day now; read before replaying, so events that arrive during
     *               the replay make the kept answer stale at the next question rather than wrong
     * @param replay folds the logs up to the end of {@code date}
     */
    public V get(LocalDate date, LocalDate today, Supplier<?> stamp, Supplier<V> replay) {
        if (capacity == 0 || !date.isBefore(today)) {
            return replay.get();
        }
        Object now = Objects.requireNonNull(stamp.get(), "stamp");
        long started;
        synchronized (this) {
            Entry<V> kept = entries.get(date);
            if (kept != null && kept.stamp().equals(now)) {
                hits++;
                return kept.value();
            }
            misses++;
            started = generation;
        }
        V value = replay.get();
        synchronized (this) {
            if (generation == started) {
                entries.put(date, new Entry<>(now, value));
            }
        }
        return value;
    }

    /** Forgets every kept answer, and any replay running now. */
    public synchronized void clear() {
        entries.clear();
        generation++;
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }
}
