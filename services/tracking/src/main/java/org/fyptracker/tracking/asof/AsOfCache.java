package org.fyptracker.tracking.asof;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fyptracker.tracking.rebuild.RebuildableReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A {@link ReplayCache} of one kind of replayed answer, stamped with the number of events each log that the
 * answer folds holds recorded before the end of the day (docs/tracking.md, "As of any date — how"). A count
 * costs a scan of {@code recordedAt} values, skipped while no log has grown; the replay it saves reads,
 * decodes and folds every event. Emptied when a rebuild drops the read models.
 */
public class AsOfCache<V> implements RebuildableReadModel {

    private final MongoTemplate mongo;
    private final AsOf asOf;
    private final List<String> logs;
    private final ReplayCache<V> cache;
    /** The last count per end of day, as many as the cache keeps days (a count for a day not kept is not needed). */
    private final Map<Instant, Counted> lastCounts;

    /**
     * @param logs the collections the answer is folded from; each has {@code recordedAt} in epoch milliseconds
     * @param days how many days to keep ({@code fyp.tracking.as-of-cache-size}); 0 keeps none
     */
    public AsOfCache(MongoTemplate mongo, AsOf asOf, List<String> logs, int days) {
        this.mongo = mongo;
        this.asOf = asOf;
        this.logs = List.copyOf(logs);
        this.cache = new ReplayCache<>(days);
        this.lastCounts = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Instant, Counted> eldest) {
                return size() > days;
            }
        });
    }

    /** The answer as of the end of {@code date}, replayed by {@code replay} unless an answer for it is kept and current. */
    public V get(LocalDate date, Supplier<V> replay) {
        Instant end = asOf.endOf(date);
        return cache.get(date, asOf.parse(null), () -> counts(end), replay);
    }

    /**
     * How many events each log holds recorded before {@code before}. Counting them scans {@code recordedAt};
     * when no log has grown since the last count for that instant (their sizes, which MongoDB keeps, are
     * unchanged), nothing can have been added before it either, so the last count stands.
     */
    private Map<String, Long> counts(Instant before) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (String log : logs) {
            sizes.put(log, mongo.getCollection(log).estimatedDocumentCount());
        }
        Counted last = lastCounts.get(before);
        if (last != null && last.sizes().equals(sizes)) {
            return last.counts();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        Query recorded = Query.query(Criteria.where("recordedAt").lt(before.toEpochMilli()));
        for (String log : logs) {
            counts.put(log, mongo.count(recorded, log));
        }
        lastCounts.put(before, new Counted(sizes, counts));
        return counts;
    }

    /** The logs' sizes when the events recorded before an instant were last counted, and those counts. */
    private record Counted(Map<String, Long> sizes, Map<String, Long> counts) {
    }

    /** Questions answered by a kept snapshot. */
    public long hits() {
        return cache.hits();
    }

    /** Questions about a past day that had to replay it. */
    public long misses() {
        return cache.misses();
    }

    @Override
    public void drop() {
        lastCounts.clear();
        cache.clear();
    }

    @Override
    public List<String> collections() {
        return List.of();
    }
}
