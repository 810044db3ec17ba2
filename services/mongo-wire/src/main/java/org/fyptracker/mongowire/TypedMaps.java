package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Opens the H2 maps of mongo-java-server's H2 backend with the stand-in's data types (documents as BSON, keys
 * compared without serialising) before the backend asks for them: an MVStore hands out a map that is already
 * open as it is, so the backend's own {@code openMap(name)} then gets the typed one. The map names are the
 * backend's: documents in {@code databases.<db>.<collection>}, a unique index in
 * {@code <db>.<collection>._index_<name>}; the {@code meta.} maps (a size counter) keep H2's default type.
 */
final class TypedMaps {

    private static final String DOCUMENTS_PREFIX = "databases.";
    private static final String INDEX_INFIX = "._index_";

    private TypedMaps() {
    }

    /** Every map the database {@code databaseName} already has in the store: before the backend opens them. */
    static void openExisting(MVStore store, String databaseName) {
        for (String name : store.getMapNames()) {
            if (name.startsWith(DOCUMENTS_PREFIX + databaseName + ".")) {
                documents(store, name.substring(DOCUMENTS_PREFIX.length()));
            } else if (name.startsWith(databaseName + ".") && name.contains(INDEX_INFIX)) {
                uniqueIndex(store, name);
            }
        }
    }

    /** The documents of the collection {@code <db>.<collection>}, keyed by {@code _id}. */
    static void documents(MVStore store, String fullCollectionName) {
        store.openMap(DOCUMENTS_PREFIX + fullCollectionName, new MVMap.Builder<Object, Document>()
                .keyType(BsonValueType.INSTANCE).valueType(BsonDocumentType.INSTANCE));
    }

    /** A unique index of the collection {@code <db>.<collection>}: its key values to the documents' {@code _id}. */
    static void uniqueIndex(MVStore store, String fullCollectionName, String indexName) {
        uniqueIndex(store, fullCollectionName + INDEX_INFIX + indexName);
    }

    private static void uniqueIndex(MVStore store, String mapName) {
        store.openMap(mapName, new MVMap.Builder<KeyValue, Object>()
                .keyType(BsonKeyValueType.INSTANCE).valueType(BsonValueType.INSTANCE));
    }
}
