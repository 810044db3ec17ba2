package org.fyptracker.mongowire;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index narrows the queries the services send to the few documents that can match. */
class OrderedIndexTest {

    private static Document event(int i) {
        return new Document("_id", "e" + i).append("aggregateIdentifier", "project-" + (i % 100))
                .append("sequenceNumber", (long) (i / 100))
                .append("timestamp", String.format("2026-11-25T10:%02d:%02d.%03dZ", i / 60000, i / 1000 % 60, i % 1000));
    }

    private static OrderedIndex<Integer> filled(OrderedIndex<Integer> index) {
        for (int i = 0; i < 10_000; i++) {
            index.add(event(i), i, null);
        }
        return index;
    }

    private static List<Integer> positions(OrderedIndex<Integer> index, Document query) {
        assertThat(index.canHandle(query)).as("handles %s", query).isTrue();
        List<Integer> positions = new ArrayList<>();
        index.getPositions(query).forEach(positions::add);
        return positions;
    }

    @Test
    void theEventStoresTailingQueryReadsOnlyTheEventsSinceItsToken() {
        OrderedIndex<Integer> index = filled(OrderedIndex.secondary("timestamp_1_sequenceNumber_1",
                List.of(new IndexKey("timestamp", true), new IndexKey("sequenceNumber", true)), false));
        Document tailing = new Document("$and", List.of(
                new Document("timestamp", new Document("$gte", "2026-11-25T10:00:09.990Z")),
                new Document("eventIdentifier", new Document("$nin", List.of("x")))));

        assertThat(positions(index, tailing)).containsExactly(9990, 9991, 9992, 9993, 9994, 9995, 9996, 9997, 9998, 9999);
    }

    @Test
    void anAggregatesEventsSinceASequenceNumberAreItsEventsOnly() {
        OrderedIndex<Integer> index = filled(OrderedIndex.besideUnique("aggregateIdentifier_1_sequenceNumber_1$ordered",
                List.of(new IndexKey("aggregateIdentifier", true), new IndexKey("sequenceNumber", true)), false));
        Document since = new Document("$and", List.of(new Document("aggregateIdentifier", "project-7"),
                new Document("sequenceNumber", new Document("$gte", 95L))));

        assertThat(positions(index, since)).hasSize(100).allMatch(p -> p % 100 == 7);
    }

    @Test
    void leavesExactLookupsToTheUniqueIndexBesideIt() {
        OrderedIndex<Integer> index = filled(OrderedIndex.besideUnique("aggregateIdentifier_1_sequenceNumber_1$ordered",
                List.of(new IndexKey("aggregateIdentifier", true), new IndexKey("sequenceNumber", true)), false));

        assertThat(index.canHandle(new Document("aggregateIdentifier", "project-7").append("sequenceNumber", 3L))).isFalse();
        assertThat(index.canHandle(new Document("aggregateIdentifier", "project-7")
                .append("sequenceNumber", new Document("$gte", 3L)))).isTrue();
    }

    @Test
    void declinesWhatItCannotNarrowSafely() {
        OrderedIndex<Integer> index = filled(OrderedIndex.secondary("timestamp_1",
                List.of(new IndexKey("timestamp", true)), false));

        assertThat(index.canHandle(new Document("timestamp", new Document("$ne", "x")))).isFalse();
        assertThat(index.canHandle(new Document("timestamp", null))).isFalse();
        assertThat(index.canHandle(new Document("timestamp", List.of("a", "b")))).isFalse();
        assertThat(index.canHandle(new Document("timestamp", new Document("nested", 1)))).isFalse();
        assertThat(index.canHandle(new Document("$or", List.of(new Document("timestamp", "a"))))).isFalse();
        assertThat(index.canHandle(new Document("other", "a"))).isFalse();
    }

    @Test
    void forgetsRemovedDocumentsAndReturnsWhereTheyWere() {
        OrderedIndex<Integer> index = filled(OrderedIndex.secondary("aggregateIdentifier_1",
                List.of(new IndexKey("aggregateIdentifier", true)), false));

        assertThat(index.remove(event(7))).isEqualTo(7);
        assertThat(positions(index, new Document("aggregateIdentifier", "project-7"))).hasSize(99).doesNotContain(7);
        assertThat(index.getCount()).isEqualTo(9_999);
    }
}
