package org.fyptracker.mongowire;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The documents under one index key, by {@code _id}. Most keys of the event store's indexes (timestamps) hold
 * one document, so one is kept in two fields and a map only made for more: a million events then cost about
 * a fifth of the memory a map per key would.
 */
final class Postings<P> {

    private Object id;
    private P position;
    private Map<Object, P> more;

    /** Returns whether the document was not yet under this key. */
    boolean put(Object documentId, P documentPosition) {
        if (more != null) {
            return more.put(documentId, documentPosition) == null;
        }
        if (position == null || Objects.equals(id, documentId)) {
            boolean added = position == null;
            id = documentId;
            position = documentPosition;
            return added;
        }
        more = new HashMap<>(4);
        more.put(id, position);
        more.put(documentId, documentPosition);
        id = null;
        position = null;
        return true;
    }

    /** The position of the removed document, or null if it was not under this key. */
    P remove(Object documentId) {
        if (more != null) {
            return more.remove(documentId);
        }
        if (position != null && Objects.equals(id, documentId)) {
            P removed = position;
            id = null;
            position = null;
            return removed;
        }
        return null;
    }

    boolean isEmpty() {
        return more == null ? position == null : more.isEmpty();
    }

    void addTo(Collection<P> positions) {
        if (more != null) {
            positions.addAll(more.values());
        } else if (position != null) {
            positions.add(position);
        }
    }
}
