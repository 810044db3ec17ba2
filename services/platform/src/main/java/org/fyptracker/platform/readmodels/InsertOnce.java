package org.fyptracker.platform.readmodels;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Inserts documents keyed by an event's id in one unordered request, for logs an at-least-once stream feeds: a
 * document stored already (a redelivered batch) is refused by its {@code _id} and the others are inserted all the
 * same. Any other refusal is a failed write and is thrown.
 */
public final class InsertOnce {

    private static final int DUPLICATE_KEY = 11000;
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private InsertOnce() {
    }

    public static void insertAll(MongoTemplate mongo, String collection, Collection<?> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection).insert(List.copyOf(documents)).execute();
        } catch (BulkOperationException refused) {
            if (!refused.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw refused;
            }
        }
    }

    /** The same, straight through the driver: for documents already encoded (a {@code RawBsonDocument}). */
    public static <T> void insertAll(MongoCollection<T> collection, List<? extends T> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            collection.insertMany(documents, UNORDERED);
        } catch (MongoBulkWriteException refused) {
            if (refused.getWriteConcernError() != null || !refused.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY)) {
                throw refused;
            }
        }
    }
}
