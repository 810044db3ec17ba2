package org.fyptracker.platform.eventstore;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.Document;

/**
 * An aggregate cache that stays right when several replicas write the same aggregates, without asking the event
 * store on every command. A cached aggregate is handed to its command as it is; what the command does with it is
 * checked afterwards, where a stale copy would show:
 * <ul>
 *   <li>a command that records events appends them at the sequence after the cached version; if another replica
 *       wrote since, that sequence is taken and the unique {@code (aggregateIdentifier, sequenceNumber)} index
 *       refuses the append (a {@code ConcurrencyException}: the unit of work rolls back, Axon drops the entry and
 *       {@link org.fyptracker.platform.commands.ConflictRetries} sends the command again, now on the stored aggregate);</li>
 *   <li>a command that records nothing — refused, or already so — is checked by {@link CachedDecisionCheck}: one
 *       point lookup for the event after the version it was decided on.</li>
 * </ul>
 * What it saves: the snapshot lookup and the read of the aggregate's events on every command to a hot aggregate
 * (docs/benchmarks.md, finding 10), and since finding 39 the point lookup before each command as well.
 *
 * <p>Entries are held strongly up to a capacity, least recently used out first: a weak-reference cache loses
 * its entries at every young collection, which under load is every few hundred milliseconds. The cached
 * aggregate's version is read from the live entry, which this in-memory cache always keeps.
 */
public class OptimisticAggregateCache implements Cache {

    private static final String SERVED = OptimisticAggregateCache.class.getName() + ".served";

    private final Map<Object, Object> entries;
    private final MongoTemplate eventStore;

    /** What a command was given from the cache: the live aggregate and the version it had then. */
    public record Served(String aggregateIdentifier, EventSourcedAggregate<?> aggregate, long version) {

        /** Whether the command applied nothing to it, so no append will check the version it was decided on. */
        public boolean recordedNothing() {
            Long now = aggregate.version();
            return now != null && now == version;
        }
    }

    /** @param capacity how many aggregates to keep; the least recently used goes first */
    public OptimisticAggregateCache(MongoTemplate eventStore, int capacity) {
        this.eventStore = eventStore;
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object entry = entries.get(key);
        if (entry instanceof AggregateCacheEntry<?> cached) {
            // With the live aggregate kept in the entry, recreateAggregate returns it without using its arguments.
            EventSourcedAggregate<?> aggregate = cached.recreateAggregate(null, null, null, null);
            if (aggregate.version() == null) {
                entries.remove(key);
                return null;
            }
            remember(new Served(key.toString(), aggregate, aggregate.version()));
        }
        return (V) entry;
    }

    /** The aggregates the current unit of work was given from this cache, by identifier (empty outside one). */
    public static Map<String, Served> servedInCurrentUnitOfWork() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Map.of();
        }
        Map<String, Served> served = CurrentUnitOfWork.get().getResource(SERVED);
        return served == null ? Map.of() : served;
    }

    private static void remember(Served served) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().<Map<String, Served>>getOrComputeResource(SERVED, k -> new HashMap<>())
                    .put(served.aggregateIdentifier(), served);
        }
    }

    /** Whether the event store holds an event of the aggregate after {@code version}: another replica wrote since. */
    public boolean writtenSince(String aggregateIdentifier, long version) {
        Document next = new Document("aggregateIdentifier", aggregateIdentifier).append("sequenceNumber", version + 1);
        return eventStore.eventCollection().find(next).projection(new Document("_id", 1)).limit(1).first() != null;
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Nothing in an aggregate repository listens to its cache; a listener would silently miss evictions. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("an aggregate cache has no entry listeners");
    }
}
