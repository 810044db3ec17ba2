package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * The rest of an {@link IndexOrderedQuery}'s answer, read from the index batch by batch as the client asks
 * (mongo-java-server's own cursor holds the whole rest, read and sorted before the first batch). Like a MongoDB
 * cursor it is not a snapshot: a document written after the query, past its place in the index, is returned.
 */
final class IndexOrderedCursor extends AbstractCursor {

    private final IndexOrderedQuery<?> query;
    private int left;

    IndexOrderedCursor(long id, IndexOrderedQuery<?> query, int left) {
        super(id);
        this.query = query;
        this.left = left;
    }

    @Override
    public synchronized boolean isEmpty() {
        return left == 0 || !query.hasMore();
    }

    /** A batch of {@code numberToReturn} (all that is left when 0, as a getMore without a batch size asks). */
    @Override
    public synchronized List<Document> takeDocuments(int numberToReturn) {
        List<Document> batch = query.take(numberToReturn > 0 ? Math.min(numberToReturn, left) : left);
        if (left != Integer.MAX_VALUE) {
            left -= batch.size();
        }
        return batch;
    }
}
