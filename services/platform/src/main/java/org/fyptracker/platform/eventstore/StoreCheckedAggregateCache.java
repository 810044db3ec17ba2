package org.fyptracker.platform.eventstore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;

/**
 * An aggregate cache that stays right when several replicas write the same aggregates: before a cached
 * aggregate is handed to a command, the event store is asked whether the event after the cached version exists
 * (one point lookup on the unique {@code (aggregateIdentifier, sequenceNumber)} index, an index hit even on the
 * MongoDB-wire stand-in). If it does, another replica has written since, the entry is dropped and the aggregate
 * is loaded from the store as without a cache. A write that slips in between this check and the append is
 * caught by the same unique index: the append fails, the unit of work rolls back and Axon drops the entry.
 * What it saves: the snapshot lookup and the read of the aggregate's events (a range query that scans
 * the event collection on the stand-in) on every command to a hot aggregate (docs/benchmarks.md, finding 10).
 *
 * <p>Entries are held strongly up to a capacity, least recently used out first: a weak-reference cache loses
 * its entries at every young collection, which under load is every few hundred milliseconds. The cached
 * aggregate's version is read from the live entry, which this in-memory cache always keeps.
 */
public class StoreCheckedAggregateCache implements Cache {

    private final Map<Object, Object> entries;
    private final MongoTemplate eventStore;

    /** @param capacity how many aggregates to keep; the least recently used goes first */
    public StoreCheckedAggregateCache(MongoTemplate eventStore, int capacity) {
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
        if (entry instanceof AggregateCacheEntry<?> cached && writtenSince(key.toString(), cached)) {
            entries.remove(key);
            return null;
        }
        return (V) entry;
    }

    private boolean writtenSince(String aggregateIdentifier, AggregateCacheEntry<?> cached) {
        // With the live aggregate kept in the entry, recreateAggregate returns it without using its arguments.
        EventSourcedAggregate<?> aggregate = cached.recreateAggregate(null, null, null, null);
        Long version = aggregate.version();
        if (version == null) {
            return true;
        }
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
