package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import java.util.List;

/** Which indexes the stand-in keeps beyond mongo-java-server's own; shared by the H2 and memory databases. */
final class IndexPolicy {

    private static final String COMPANION_SUFFIX = "$ordered";

    private IndexPolicy() {
    }

    static <P> Index<P> secondary(String indexName, List<IndexKey> keys, boolean sparse) {
        return OrderedIndex.secondary(indexName, keys, sparse);
    }

    /** Gives a compound unique index its ordered companion (not listed by listIndexes: an implementation detail). */
    static <P> void afterUniqueIndex(MongoCollection<P> collection, String indexName, List<IndexKey> keys, boolean sparse) {
        String companion = indexName + COMPANION_SUFFIX;
        if (collection == null || keys.size() < 2 || has(collection, companion)) {
            return;
        }
        collection.addIndex(OrderedIndex.besideUnique(companion, keys, sparse));
    }

    /** A dropped unique index takes its companion with it, so a collection can still be dropped. */
    static <P> void afterDropIndex(MongoCollection<P> collection, String indexName) {
        String companion = indexName + COMPANION_SUFFIX;
        if (has(collection, companion)) {
            collection.dropIndex(companion);
        }
    }

    private static <P> boolean has(MongoCollection<P> collection, String indexName) {
        return collection.getIndexes().stream().anyMatch(i -> i.getName().equals(indexName));
    }
}
