package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A non-unique index for mongo-java-server, which accepts such indexes but keeps none (its {@code EmptyIndex}),
 * so every query on the field read and deserialised the whole collection — the event store's tailing query
 * on {@code timestamp} first of all. Kept in memory, ordered by the index's first field in the server's own
 * value order, and filled from the documents whenever a collection is opened (so nothing is persisted and
 * nothing can go stale across restarts). It only narrows a query to candidates; the server's matcher still
 * checks each one, so answers are those of a scan. Later fields of a compound index are left to the matcher.
 */
final class OrderedIndex<P> extends Index<P> {

    private static final String ID = "_id";

    private final NavigableMap<Object, Postings<P>> byFirstKey = new TreeMap<>(ValueComparator.asc());
    private final boolean besideUniqueIndex;
    private long entries;
    /** Documents whose first field is an array: their sort value is not their key, so no answer in key order. */
    private long arrayDocuments;

    private OrderedIndex(String name, List<IndexKey> keys, boolean sparse, boolean besideUniqueIndex) {
        super(name, keys, sparse);
        this.besideUniqueIndex = besideUniqueIndex;
    }

    /** The index MongoDB would build for a non-unique index description. */
    static <P> OrderedIndex<P> secondary(String name, List<IndexKey> keys, boolean sparse) {
        return new OrderedIndex<>(name, keys, sparse, false);
    }

    /**
     * The ordered companion of a compound unique index, which answers only queries naming each of its fields
     * with a plain value; the companion takes the prefix and range queries (an aggregate's events since n).
     */
    static <P> OrderedIndex<P> besideUnique(String name, List<IndexKey> keys, boolean sparse) {
        return new OrderedIndex<>(name, keys, sparse, true);
    }

    /** Not a key: says nothing of where one document is (the server asks its unique indexes for that). */
    @Override
    public P getPosition(Document document) {
        return null;
    }

    /** Refuses what MongoDB refuses for any compound index: two array fields in one document. */
    @Override
    public synchronized void checkAdd(Document document, MongoCollection<P> collection) {
        getKeyValues(document);
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        Object id = document.get(ID);
        boolean added = false;
        for (Object key : firstKeys(document)) {
            if (byFirstKey.computeIfAbsent(key, k -> new Postings<>()).put(id, position)) {
                entries++;
                added = true;
            }
        }
        if (added && document.get(firstField()) instanceof Collection<?>) {
            arrayDocuments++;
        }
    }

    @Override
    public synchronized P remove(Document document) {
        Object id = document.get(ID);
        P position = null;
        for (Object key : firstKeys(document)) {
            Postings<P> postings = byFirstKey.get(key);
            P removed = postings == null ? null : postings.remove(id);
            if (removed != null) {
                position = removed;
                entries--;
                if (postings.isEmpty()) {
                    byFirstKey.remove(key);
                }
            }
        }
        if (position != null && document.get(firstField()) instanceof Collection<?>) {
            arrayDocuments--;
        }
        return position;
    }

    String firstField() {
        return keys().get(0);
    }

    /**
     * Whether its key order is the order of a sort by its first field: that field is a top-level one and no
     * document holds an array there (MongoDB sorts an array by its least element, which may lie outside a range).
     */
    synchronized boolean ordersByFirstField() {
        return !firstField().contains(".") && arrayDocuments == 0;
    }

    /**
     * The next key within {@code constraint} after {@code after} (the first if null), ascending or descending,
     * with the positions under it in position order; null when there is none. Looked up afresh on each call, so
     * a caller may hold its place across requests while the collection changes.
     */
    synchronized KeyGroup<P> next(FieldConstraint constraint, boolean descending, KeyGroup<P> after) {
        NavigableMap<Object, Postings<P>> range = switch (constraint.kind()) {
            case AT_LEAST -> byFirstKey.tailMap(constraint.values().get(0), true);
            case AT_MOST -> byFirstKey.headMap(constraint.values().get(0), true);
            case VALUES -> {
                NavigableMap<Object, Postings<P>> listed = new TreeMap<>(ValueComparator.asc());
                constraint.values().forEach(v -> {
                    Postings<P> postings = byFirstKey.get(v);
                    if (postings != null) {
                        listed.put(v, postings);
                    }
                });
                yield listed;
            }
        };
        NavigableMap<Object, Postings<P>> ordered = descending ? range.descendingMap() : range;
        Map.Entry<Object, Postings<P>> entry = after == null ? ordered.firstEntry() : ordered.higherEntry(after.key());
        if (entry == null) {
            return null;
        }
        List<P> positions = new ArrayList<>();
        entry.getValue().addTo(positions);
        positions.sort(BsonValueType.INSTANCE);
        return new KeyGroup<>(entry.getKey(), positions);
    }

    /** One key of the index and the positions of the documents under it. */
    record KeyGroup<P>(Object key, List<P> positions) {
    }

    @Override
    public boolean canHandle(Document query) {
        if (besideUniqueIndex && uniqueIndexTakes(query)) {
            return false;
        }
        return FieldConstraint.in(query, keys().get(0)).isPresent();
    }

    /** The unique index's own test: exactly its fields, none with an operator (it finds one document). */
    private boolean uniqueIndexTakes(Document query) {
        return query.keySet().equals(keySet()) && query.values().stream().noneMatch(v -> v instanceof Document);
    }

    /**
     * The candidates in the order a scan would meet them (position order: insertion for the memory backend,
     * {@code _id} in the order of the H2 file's keys, {@link BsonValueType}), so a query without a sort answers in
     * the same order with the index as without.
     */
    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        FieldConstraint constraint = FieldConstraint.in(query, keys().get(0)).orElseThrow();
        Set<P> positions = new LinkedHashSet<>();
        switch (constraint.kind()) {
            case VALUES -> constraint.values().forEach(v -> {
                Postings<P> postings = byFirstKey.get(v);
                if (postings != null) {
                    postings.addTo(positions);
                }
            });
            case AT_LEAST -> addAll(positions, byFirstKey.tailMap(constraint.values().get(0), true).values());
            case AT_MOST -> addAll(positions, byFirstKey.headMap(constraint.values().get(0), true).values());
        }
        List<P> ordered = new ArrayList<>(positions);
        ordered.sort(BsonValueType.INSTANCE);
        return ordered;
    }

    private static <P> void addAll(Set<P> positions, Collection<Postings<P>> postings) {
        postings.forEach(p -> p.addTo(positions));
    }

    /** Distinct values of the first field (several for an array); none for a sparse index without the fields. */
    private Set<Object> firstKeys(Document document) {
        Set<KeyValue> values = getKeyValues(document);
        Set<Object> keys = new LinkedHashSet<>();
        if (isSparse() && values.stream().allMatch(OrderedIndex::allMissing)) {
            return keys;
        }
        for (KeyValue value : values) {
            keys.add(value.get(0));
        }
        return keys;
    }

    private static boolean allMissing(KeyValue value) {
        for (Object v : value) {
            if (!Missing.isNullOrMissing(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized long getCount() {
        return entries;
    }

    @Override
    public synchronized long getDataSize() {
        return entries;
    }

    @Override
    public synchronized void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        getKeyValues(newDocument);
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public synchronized void drop() {
        byFirstKey.clear();
        entries = 0;
        arrayDocuments = 0;
    }
}
