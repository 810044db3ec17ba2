package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * H2's database with the stand-in's ordered indexes ({@link IndexPolicy}) and its compact maps
 * ({@link TypedMaps}: documents as BSON, keys compared without Java serialisation).
 */
final class IndexedH2Database extends H2Database {

    private static final String NAMESPACES = "system.namespaces";
    private static final String INDEXES = "system.indexes";

    /** Null while H2Database's constructor opens the stored collections: {@link #open} typed their maps before. */
    private final MVStore store;

    private IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    static IndexedH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        TypedMaps.openExisting(store, databaseName);
        // the collections the constructor may create: mongo-java-server's lists of the database's collections and indexes
        TypedMaps.documents(store, databaseName + "." + NAMESPACES);
        TypedMaps.documents(store, databaseName + "." + INDEXES);
        return new IndexedH2Database(databaseName, store, cursorRegistry);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        if (store != null) {
            TypedMaps.documents(store, getFullCollectionNamespace(collectionName));
        }
        return super.openOrCreateCollection(collectionName, options);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return IndexPolicy.secondary(indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        if (store != null) {
            TypedMaps.uniqueIndex(store, getFullCollectionNamespace(collectionName), indexName);
        }
        Index<Object> unique = super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        IndexPolicy.afterUniqueIndex(resolveCollection(collectionName, false), indexName, keys, sparse);
        return unique;
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        IndexPolicy.afterDropIndex(collection, indexName);
    }
}
