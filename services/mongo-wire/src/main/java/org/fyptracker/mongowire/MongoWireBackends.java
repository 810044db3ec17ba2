package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

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
        return h2(file, H2StoreSettings.DEFAULTS);
    }

    /** As {@link #h2(String)}, with the store opened with the given page cache and commit buffer. */
    public static MongoBackend h2(String file, H2StoreSettings settings) {
        return new H2Backend(StoreFormat.checked(settings.open(file), file)) {
            @Override
            protected de.bwaldvogel.mongo.MongoDatabase openOrCreateDatabase(String databaseName) {
                return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
            }
        };
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
