package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 maps of mongo-java-server's H2 backend, opened with the stand-in's data types (documents as BSON, keys
 * compared without serialising). The names are the backend's: documents in {@code databases.<db>.<collection>},
 * a size counter in {@code meta.<db>.<collection>} (H2's default type: one number), a unique index in
 * {@code <db>.<collection>._index_<name>}. An MVStore hands out a map that is already open as it is, so the
 * backend's own {@code openMap(name)} (to drop or rename one) gets the typed map.
 */
final class TypedMaps {

    private TypedMaps() {
    }

    /**
     * The documents of the collection {@code <db>.<collection>}, keyed by their position: a number counting up,
     * or {@code _id} in a collection stored before that ({@link IndexedH2Collection#SEQUENCE}).
     */
    static MVMap<Object, Document> documents(MVStore store, String fullCollectionName) {
        return store.openMap("databases." + fullCollectionName, new MVMap.Builder<Object, Document>()
                .keyType(BsonValueType.INSTANCE).valueType(BsonDocumentType.INSTANCE));
    }

    static MVMap<String, Object> meta(MVStore store, String fullCollectionName) {
        return store.openMap("meta." + fullCollectionName);
    }

    /** A unique index of the collection {@code <db>.<collection>}: its key values to the documents' positions. */
    static void uniqueIndex(MVStore store, String fullCollectionName, String indexName) {
        store.openMap(fullCollectionName + "._index_" + indexName, new MVMap.Builder<KeyValue, Object>()
                .keyType(BsonKeyValueType.INSTANCE).valueType(BsonValueType.INSTANCE));
    }
}
