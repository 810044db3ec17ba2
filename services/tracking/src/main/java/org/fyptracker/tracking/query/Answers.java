package org.fyptracker.tracking.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The answers already given from one {@link TrackingState.Snapshot}, by question. A snapshot never changes, and
 * every summary is a pure function of it and the question, so an answer computed once serves every later asking
 * of the same question for as long as the snapshot is the current one (docs/benchmarks.md, "Queries:"). When
 * a read model, a log or the date changes, {@link TrackingState} makes a new snapshot, with no answers.
 * At most {@code capacity} answers are kept (the questions a supervisor's screens ask are few; arbitrary
 * filter combinations beyond that are computed each time, as before).
 */
final class Answers {

    private final int capacity;
    private final Map<Object, Object> given = new ConcurrentHashMap<>();

    Answers(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The answer kept for {@code question}, or {@code compute}d (and kept while there is room). Two requests
     * asking at once may both compute it: the same answer, so either may be kept. An exception (a 404, a bad
     * filter) is not kept: the next asking computes again.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object question, Supplier<T> compute) {
        Object known = given.get(question);
        if (known != null) {
            return (T) known;
        }
        T answer = compute.get();
        if (answer != null && given.size() < capacity) {
            given.putIfAbsent(question, answer);
        }
        return answer;
    }

    int size() {
        return given.size();
    }
}
