package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.bson.Document;
import java.util.function.BiPredicate;

/**
 * A collection's last query, compiled ({@link StringSetClauses}): the server matches one query's candidates one
 * after another, so compiling once per query object is enough. Kept in a volatile field, not under a lock:
 * two threads that race compile the same query twice, nothing worse.
 */
final class LastQuery {

    private final BiPredicate<Document, Document> matcher;
    private volatile StringSetClauses compiled;

    /** @param matcher the server's own matcher */
    LastQuery(BiPredicate<Document, Document> matcher) {
        this.matcher = matcher;
    }

    boolean matches(Document document, Document query) {
        StringSetClauses current = compiled;
        if (current == null || !current.compiles(query)) {
            current = StringSetClauses.of(query, matcher);
            compiled = current;
        }
        return current.test(document);
    }
}
