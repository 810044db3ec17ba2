package org.fyptracker.mongowire;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The format of the stand-in's H2 file, written into it, so a file from before the BSON store (documents
 * Java-serialised by mongo-java-server's H2 backend as it is) is refused with what to do, instead of its bytes
 * being decoded as BSON. A new, empty file is stamped with the current format.
 */
final class StoreFormat {

    /** The stand-in's own map: not a database of the backend, which only opens {@code databases.*} maps. */
    static final String MAP = "fyp-stand-in.format";
    static final String KEY = "documents";
    static final String CURRENT = "bson-1";

    private StoreFormat() {
    }

    /** Stamps an empty store, accepts a stamped one, refuses (closing the store) any other. */
    static MVStore checked(MVStore store, String file) {
        boolean stamped = store.hasMap(MAP);
        if (!stamped && store.getMapNames().isEmpty()) {
            store.openMap(MAP).put(KEY, CURRENT);
            store.commit();
            return store;
        }
        Object format = stamped ? store.<String, Object>openMap(MAP).get(KEY) : null;
        if (CURRENT.equals(format)) {
            return store;
        }
        store.close();
        throw new IllegalStateException("The MongoDB-wire stand-in's data file " + file + " holds documents in "
                + (format == null ? "the format of earlier versions (Java-serialised by mongo-java-server's H2 backend)"
                        : "format '" + format + "'")
                + ", and this version stores them as BSON ('" + CURRENT + "'). It does not convert them: stop the"
                + " stack, delete the data directory (or this file and the Kafka data with it, so topics and stores"
                + " agree) and start again; see docs/running-locally.md.");
    }

    /** For tests: the format marker a store carries, or null. */
    static Object of(MVStore store) {
        return store.hasMap(MAP) ? store.<String, Object>openMap(MAP).get(KEY) : null;
    }
}
