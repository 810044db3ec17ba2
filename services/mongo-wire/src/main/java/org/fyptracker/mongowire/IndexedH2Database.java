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
 * H2's database with the stand-in's ordered indexes ({@link IndexPolicy}), its compact maps ({@link TypedMaps}:
 * documents as BSON, keys compared without Java serialisation) and its collections ({@link IndexedH2Collection}).
 */
final class IndexedH2Database extends H2Database {

    private final MVStore store;

    IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
        initializeNamespacesAndIndexes();
    }

    /**
     * H2Database opens the stored collections from its constructor, before {@link #store} is set; they are
     * opened from this class's constructor instead, right after.
     */
    @Override
    protected void initializeNamespacesAndIndexes() {
        if (store != null) {
            super.initializeNamespacesAndIndexes();
        }
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        return new IndexedH2Collection(this, collectionName, options, TypedMaps.documents(store, fullName),
                TypedMaps.meta(store, fullName), cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return IndexPolicy.secondary(indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        TypedMaps.uniqueIndex(store, getFullCollectionNamespace(collectionName), indexName);
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
