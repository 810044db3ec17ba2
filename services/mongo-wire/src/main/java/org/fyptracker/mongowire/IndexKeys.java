package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.bson.Decimal128;

/**
 * Numbers as mongo-java-server keeps them in index keys: a double unless a long cannot be one exactly. Keys
 * and looked-up values must agree, or its ordering, which compares a long with a double as two longs, would
 * put 5 and 5.5 together and break the ordered map.
 */
final class IndexKeys {

    private IndexKeys() {
    }

    static Object normalized(Object value) {
        if (value instanceof Long l) {
            double d = l;
            return (long) d == l ? (Object) (d == 0.0 ? 0.0 : d) : l;
        }
        if (value instanceof Number number && !(value instanceof Decimal128)) {
            double d = number.doubleValue();
            return d == 0.0 ? 0.0 : d; // -0.0 and 0.0 are one key
        }
        return value;
    }
}
