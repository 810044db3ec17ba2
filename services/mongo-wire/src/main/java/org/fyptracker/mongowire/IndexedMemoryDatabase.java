package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;

/** The memory database with the stand-in's ordered indexes ({@link IndexPolicy}) and collections; for tests. */
final class IndexedMemoryDatabase extends MemoryDatabase {

    IndexedMemoryDatabase(String databaseName, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
    }

    @Override
    protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
        return new IndexedMemoryCollection(this, collectionName, options, cursorRegistry);
    }

    @Override
    protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return IndexPolicy.secondary(indexName, keys, sparse);
    }

    @Override
    protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        Index<Integer> unique = super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        IndexPolicy.afterUniqueIndex(resolveCollection(collectionName, false), indexName, keys, sparse);
        return unique;
    }

    @Override
    protected void dropIndex(MongoCollection<Integer> collection, String indexName) {
        super.dropIndex(collection, indexName);
        IndexPolicy.afterDropIndex(collection, indexName);
    }
}
