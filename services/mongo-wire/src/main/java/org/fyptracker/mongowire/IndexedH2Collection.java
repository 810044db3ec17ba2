package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.h2.mvstore.MVMap;

/**
 * H2's collection, answering queries sorted along an ordered index from that index ({@link IndexOrderedQuery}),
 * and keeping its documents under positions in the order they came ({@link #SEQUENCE}).
 */
final class IndexedH2Collection extends H2Collection {

    /** The meta entry that says how the documents map is keyed. */
    static final String POSITIONS = "positions";
    /**
     * Documents keyed by a number counting up, the {@code _id} found through the unique {@code _id} index. H2's
     * own collection keys them by {@code _id}: with random ids (event ids, Idempotency-Keys) every insert rewrote
     * a random page of whole documents, about 250 µs of CPU per document, slower as the collection grew
     * (docs/benchmarks.md, finding 23). Counting up, an insert appends to the last page. A collection stored
     * before this (no entry) keeps its {@code _id} keys.
     */
    static final String SEQUENCE = "sequence";

    private final MVMap<Object, Document> documents;
    private final AtomicLong nextPosition;
    private final LastQuery lastQuery = new LastQuery(super::documentMatchesQuery);
    /** Set while an update or findAndModify runs (under the collection's lock): its query hands out copies. */
    private boolean updating;

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, documents, meta, cursorRegistry);
        this.documents = documents;
        if (documents.isEmpty() && !meta.containsKey(POSITIONS)) {
            meta.put(POSITIONS, SEQUENCE);
        }
        this.nextPosition = SEQUENCE.equals(meta.get(POSITIONS))
                ? new AtomicLong(documents.isEmpty() ? 0 : ((Number) documents.lastKey()).longValue() + 1)
                : null;
    }

    /**
     * mongo-java-server inserts without the collection's lock: checks every unique index, stores the document, then
     * adds its keys. Two inserts of the same key at once could both pass the check, and the second, refused only
     * while adding its keys, left its document stored and reachable by a scan — for the event store, an event
     * appended at a sequence another replica had just taken. Here an insert (and an upsert's insert) runs under the
     * lock the updates and replacements take, so the check holds until the keys are in (docs/benchmarks.md,
     * finding 38: no measurable cost, 20–23 thousand inserts/s either way).
     */
    @Override
    public synchronized void addDocument(Document document) {
        super.addDocument(document);
    }

    @Override
    protected Object addDocumentInternal(Document document) {
        if (nextPosition == null) {
            return super.addDocumentInternal(document);
        }
        Long position = nextPosition.getAndIncrement();
        documents.put(position, document);
        return position;
    }

    /**
     * Every document, read as the stream is consumed. mongo-java-server starts each aggregation (the driver's
     * {@code countDocuments} is one) from a list of all the documents: 200,000 log entries did not fit in 256 MB,
     * and a rebuild's final counts over 1,000,000 events took the local stand-in down (docs/benchmarks.md,
     * finding 24). The documents are the ones the default hands out, just not all at once.
     */
    @Override
    public Stream<Document> queryAllAsStream() {
        return documents.values().stream();
    }

    /** The server's matcher, with {@code $in}/{@code $nin} over strings checked by hash ({@link StringSetClauses}). */
    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        // null only while the superclass's constructor runs
        return lastQuery == null ? super.documentMatchesQuery(document, query) : lastQuery.matches(document, query);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batch, Document fields) {
        QueryResult found = IndexOrderedQuery.answer(this, query, orderBy, skip, limit, batch, fields, this::getDocument,
                this::documentMatchesQuery, cursorRegistry)
                .orElseGet(() -> super.queryDocuments(query, orderBy, skip, limit, batch, fields));
        return updating ? new QueryResult(copies(found), found.getCursorId()) : found;
    }

    /**
     * mongo-java-server updates a document by changing the object its query found — for H2, the very object in the
     * map — and putting it back. H2 may be writing that object's page in its background thread at that moment:
     * one such change under load failed the page's write with a ConcurrentModificationException, and H2 closed
     * the store for good ("This store is closed"; docs/benchmarks.md, finding 34). An update's query therefore
     * hands out copies, and the stored object is replaced, never changed.
     */
    @Override
    public synchronized Document updateDocuments(Document selector, Document update, ArrayFilters arrayFilters,
                                                 boolean multi, boolean upsert, Oplog oplog) {
        if (!multi && (arrayFilters == null || arrayFilters.isEmpty())) {
            Document replaced = replaceById(selector, update, oplog);
            if (replaced != null) {
                return replaced;
            }
        }
        updating = true;
        try {
            return super.updateDocuments(selector, update, arrayFilters, multi, upsert, oplog);
        } finally {
            updating = false;
        }
    }

    /**
     * A whole document replaced by its {@code _id} ({@code replaceOne}, how the tracking views are written), as
     * mongo-java-server does it but without its copies: it copies the stored document, fills a new one from a deep
     * copy of the replacement, then changes the copy field by field and puts that back — three deep copies and as
     * many deep comparisons of a view per write, a sixth of the stand-in's thread in a rebuild (docs/benchmarks.md,
     * finding 37). Here the replacement, decoded from this request and held by nothing else, is stored as it is,
     * behind the same checks: field names, the indexes' constraints (a duplicate key changes nothing), the
     * indexes updated, {@code nModified} 0 when nothing changed. Null (the general path) for any other update, a
     * missing document (an upsert inserts) or a replacement that names another {@code _id} (the error is the
     * general path's).
     */
    private Document replaceById(Document selector, Document replacement, Oplog oplog) {
        String idField = getIdField();
        if (idField == null || selector.size() != 1 || !selector.containsKey(idField)
                || selector.get(idField) instanceof Document || replacement.keySet().stream().anyMatch(key -> key.startsWith("$"))) {
            return null;
        }
        Object id = selector.get(idField);
        if (replacement.containsKey(idField) && !Objects.equals(replacement.get(idField), id)) {
            return null;
        }
        Index<Object> byId = getIndexes().stream()
                .filter(index -> index.isUnique() && index.getKeys().size() == 1 && index.getKeys().get(0).getKey().equals(idField))
                .findFirst().orElse(null);
        Object position = byId == null ? null : byId.getPosition(new Document(idField, id));
        if (position == null) {
            return null;
        }
        Document stored = getDocument(position);
        Document replacing = new Document(idField, id);
        replacement.forEach((key, value) -> {
            if (!key.equals(idField)) {
                replacing.put(key, value);
            }
        });
        Utils.validateFieldNames(replacing);
        boolean changed = !replacing.equals(stored);
        if (changed) {
            for (Index<Object> index : getIndexes()) {
                index.checkUpdate(stored, replacing, this);
            }
            for (Index<Object> index : getIndexes()) {
                index.updateInPlace(stored, replacing, position, this);
            }
            handleUpdate(position, stored, replacing);
        }
        oplog.handleUpdate(getFullName(), selector, replacement, changed ? List.of(id) : List.of());
        Document result = new Document();
        result.put("n", 1);
        result.put("nModified", changed ? 1 : 0);
        return result;
    }

    /** As {@link #updateDocuments}: the document it changes is a copy of the stored one. */
    @Override
    public synchronized Document findAndModify(Document query) {
        updating = true;
        try {
            return super.findAndModify(query);
        } finally {
            updating = false;
        }
    }

    private static Iterable<Document> copies(Iterable<Document> found) {
        return () -> new Iterator<>() {
            private final Iterator<Document> each = found.iterator();

            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public Document next() {
                return each.next().cloneDeeply();
            }
        };
    }

    /**
     * Keeps no count of the documents' bytes (collStats' size; nothing here asks for it): mongo-java-server
     * BSON-encodes a document once more on every insert and delete, and the old and new ones on every update,
     * only to count them.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }
}
