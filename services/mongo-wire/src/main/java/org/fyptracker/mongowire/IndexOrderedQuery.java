package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentComparator;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A query sorted by the first field of an ordered index and constrained on that field, answered from the
 * index in its order, reading only as far as the answer (and each later batch) needs — as MongoDB does from an
 * index. mongo-java-server reads, matches and sorts every candidate before it returns a first batch, so
 * Axon's tailing query (everything since a time, sorted by time, in batches, no limit) read every event since
 * then for each batch (benchmarks.md findings 17, 18). The answer is the same: the documents under one key are
 * matched by the server's matcher and sorted by the whole sort (ties in position order, as a scan meets them);
 * keys come in the order the sort puts their documents, because the first field is never an array
 * ({@link OrderedIndex#ordersByFirstField}) and the constraint is not numeric (index keys are normalised
 * numbers). Anything else, or a projection, goes the server's own way.
 */
final class IndexOrderedQuery<P> {

    private final OrderedIndex<P> index;
    private final FieldConstraint constraint;
    private final boolean descending;
    private final Comparator<Document> order;
    private final Function<P, Document> documents;
    private final Predicate<Document> matcher;
    private final Object collectionLock;
    private final Deque<Document> pending = new ArrayDeque<>();
    private OrderedIndex.KeyGroup<P> place;
    private boolean exhausted;

    private IndexOrderedQuery(OrderedIndex<P> index, FieldConstraint constraint, boolean descending, Document orderBy,
                              Function<P, Document> documents, Predicate<Document> matcher, Object collectionLock) {
        this.index = index;
        this.constraint = constraint;
        this.descending = descending;
        this.order = new DocumentComparator(orderBy);
        this.documents = documents;
        this.matcher = matcher;
        this.collectionLock = collectionLock;
    }

    /**
     * The answer of {@code collection}'s {@code queryDocuments}, if this way can give it: the first batch, and a
     * cursor that reads on from the index for the rest. Called under the collection's lock.
     */
    static <P> Optional<QueryResult> answer(MongoCollection<P> collection, Document query, Document orderBy, int skip,
                                            int limit, int batchSize, Document fieldSelector,
                                            Function<P, Document> documents, BiPredicate<Document, Document> matcher,
                                            CursorRegistry cursors) {
        if (orderBy == null || orderBy.isEmpty() || (fieldSelector != null && !fieldSelector.isEmpty())) {
            return Optional.empty();
        }
        String field = orderBy.keySet().iterator().next();
        if (!(orderBy.get(field) instanceof Number direction) || Math.abs(direction.intValue()) != 1) {
            return Optional.empty();
        }
        for (Index<P> candidate : collection.getIndexes()) {
            if (candidate instanceof OrderedIndex<P> ordered && ordered.firstField().equals(field)
                    && ordered.ordersByFirstField()) {
                Optional<FieldConstraint> constraint = FieldConstraint.in(query, field)
                        .filter(c -> c.values().stream().noneMatch(v -> v instanceof Number));
                if (constraint.isPresent()) {
                    IndexOrderedQuery<P> lazy = new IndexOrderedQuery<>(ordered, constraint.get(),
                            direction.intValue() < 0, orderBy, documents, d -> matcher.test(d, query), collection);
                    return Optional.of(lazy.firstBatch(skip, limit, batchSize, cursors));
                }
            }
        }
        return Optional.empty();
    }

    private QueryResult firstBatch(int skip, int limit, int batchSize, CursorRegistry cursors) {
        take(skip);
        int wanted = limit > 0 ? limit : Integer.MAX_VALUE;
        List<Document> first = take(batchSize > 0 ? Math.min(batchSize, wanted) : wanted);
        int left = wanted == Integer.MAX_VALUE ? wanted : wanted - first.size();
        if (left == 0 || !hasMore()) {
            return new QueryResult(first);
        }
        IndexOrderedCursor cursor = new IndexOrderedCursor(cursors.generateCursorId(), this, left);
        cursors.add(cursor);
        return new QueryResult(first, cursor);
    }

    /** Up to {@code count} more documents of the answer, in order. */
    List<Document> take(int count) {
        synchronized (collectionLock) {
            List<Document> taken = new ArrayList<>(Math.min(count, 1_024));
            while (taken.size() < count && hasMore()) {
                taken.add(pending.poll());
            }
            return taken;
        }
    }

    /** Whether the answer has a document not yet taken: reads on to the next key holding a match. */
    boolean hasMore() {
        synchronized (collectionLock) {
            while (pending.isEmpty() && !exhausted) {
                place = index.next(constraint, descending, place);
                if (place == null) {
                    exhausted = true;
                } else {
                    place.positions().stream().map(documents).filter(Objects::nonNull).filter(matcher)
                            .sorted(order).forEach(pending::add);
                }
            }
            return !pending.isEmpty();
        }
    }
}
