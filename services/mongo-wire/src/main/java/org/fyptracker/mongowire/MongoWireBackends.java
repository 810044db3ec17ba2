package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import org.h2.mvstore.MVStore;

/**
 * The backends of the MongoDB-wire stand-in: mongo-java-server's, plus the non-unique (ordered) indexes it
 * lacks, so queries that a real MongoDB answers from an index are not whole-collection scans here.
 */
public final class MongoWireBackends {

    private MongoWireBackends() {
    }

    /**
     * Persistent, in one H2 MVStore file: the local stack. Documents are stored as BSON ({@link TypedMaps}); a file
     * written before that, by mongo-java-server's backend as it is, is refused ({@link StoreFormat}).
     */
    public static MongoBackend h2(String file) {
        return new H2Backend(StoreFormat.checked(open(file), file)) {
            @Override
            protected de.bwaldvogel.mongo.MongoDatabase openOrCreateDatabase(String databaseName) {
                return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
            }
        };
    }

    /**
     * H2's store with room for a large history (docs/benchmarks.md, finding 28): a 64 MB page cache (default 16), 4 MB of
     * changes between commits (default 1; each commit rewrites every page changed since, and the same index pages
     * change again and again in a rebuild), and chunks compacted in the background once less than half of them is
     * live (default 90%: after a million events the store spent about a core rewriting chunks for minutes, while
     * the supervisors' queries waited). A larger file on disk is the price.
     */
    private static MVStore open(String file) {
        return new MVStore.Builder().fileName(file).cacheSize(64).autoCommitBufferSize(4 * 1024)
                .autoCompactFillRate(50).open();
    }

    /** In memory, empty at start: tests. */
    public static MongoBackend memory() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String databaseName) {
                return new IndexedMemoryDatabase(databaseName, getCursorRegistry());
            }
        };
    }
}
