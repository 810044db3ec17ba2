package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.bson.Document;

/** The memory collection, answering queries sorted along an ordered index from that index ({@link IndexOrderedQuery}). */
final class IndexedMemoryCollection extends MemoryCollection {

    private final LastQuery lastQuery = new LastQuery(super::documentMatchesQuery);

    IndexedMemoryCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                            CursorRegistry cursorRegistry) {
        super(database, collectionName, options, cursorRegistry);
    }

    /** The server's matcher, with {@code $in}/{@code $nin} over strings checked by hash ({@link StringSetClauses}). */
    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        // null only while the superclass's constructor runs
        return lastQuery == null ? super.documentMatchesQuery(document, query) : lastQuery.matches(document, query);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batch, Document fields) {
        return IndexOrderedQuery.answer(this, query, orderBy, skip, limit, batch, fields, this::getDocument,
                this::documentMatchesQuery, cursorRegistry)
                .orElseGet(() -> super.queryDocuments(query, orderBy, skip, limit, batch, fields));
    }

    /**
     * Keeps no count of the documents' bytes (collStats' size; nothing here asks for it): mongo-java-server
     * BSON-encodes a document once more on every insert and delete, and the old and new ones on every update,
     * only to count them.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }
}
