package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/** H2's collection, answering queries sorted along an ordered index from that index ({@link IndexOrderedQuery}). */
final class IndexedH2Collection extends H2Collection {

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, documents, meta, cursorRegistry);
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
