package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A query's {@code $in} and {@code $nin} clauses over plain strings, checked against a hash set. mongo-java-server's
 * matcher compares a document's value with every listed value in turn, each comparison through a stream: Axon's
 * tailing query excludes the ids of the events it saw in the last second ({@code eventIdentifier: {$nin: [...]}},
 * a few hundred under ingest) for every event since then, which was half the stand-in's CPU under ingest
 * (docs/benchmarks.md, finding 25). A real MongoDB does not pay this. The answer is the same: a clause is taken out
 * only when it names a top-level field and lists nothing but strings, and only a document whose value there is a
 * string is decided by the set; any other document (an array, a missing field, another type) goes through the
 * server's matcher with the whole query.
 */
final class StringSetClauses implements Predicate<Document> {

    private record Clause(String field, Set<String> values, boolean in) {
    }

    private final Document query;
    private final List<Clause> clauses;
    private final Document rest;
    private final BiPredicate<Document, Document> matcher;

    private StringSetClauses(Document query, List<Clause> clauses, Document rest, BiPredicate<Document, Document> matcher) {
        this.query = query;
        this.clauses = clauses;
        this.rest = rest;
        this.matcher = matcher;
    }

    /** Whether this is {@code query} compiled (the same object: one query's documents are matched in a row). */
    boolean compiles(Document query) {
        return this.query == query;
    }

    /** {@code query} compiled for {@code matcher}, the server's: it decides whatever the sets cannot. */
    static StringSetClauses of(Document query, BiPredicate<Document, Document> matcher) {
        List<Clause> clauses = new ArrayList<>();
        Document rest = new Document();
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            if (entry.getKey().equals("$and") && entry.getValue() instanceof Collection<?> parts) {
                List<Object> kept = new ArrayList<>();
                for (Object part : parts) {
                    Clause clause = part instanceof Document document && document.size() == 1
                            ? clause(document.keySet().iterator().next(), document.values().iterator().next()) : null;
                    if (clause == null) {
                        kept.add(part);
                    } else {
                        clauses.add(clause);
                    }
                }
                if (!kept.isEmpty()) {
                    rest.put("$and", kept);
                }
            } else {
                Clause clause = clause(entry.getKey(), entry.getValue());
                if (clause == null) {
                    rest.put(entry.getKey(), entry.getValue());
                } else {
                    clauses.add(clause);
                }
            }
        }
        return new StringSetClauses(query, List.copyOf(clauses), clauses.isEmpty() ? query : rest, matcher);
    }

    /** {@code field: {$in|$nin: [strings]}} on a top-level field, or null. */
    private static Clause clause(String field, Object condition) {
        if (field.startsWith("$") || field.contains(".") || !(condition instanceof Document operator)
                || operator.size() != 1) {
            return null;
        }
        String name = operator.keySet().iterator().next();
        if (!(name.equals("$in") || name.equals("$nin")) || !(operator.get(name) instanceof Collection<?> listed)) {
            return null;
        }
        Set<String> values = new HashSet<>();
        for (Object value : listed) {
            if (!(value instanceof String string)) {
                return null;
            }
            values.add(string);
        }
        return new Clause(field, values, name.equals("$in"));
    }

    @Override
    public boolean test(Document document) {
        for (Clause clause : clauses) {
            if (!(document.get(clause.field()) instanceof String value)) {
                return matcher.test(document, query);
            }
            if (clause.values().contains(value) != clause.in()) {
                return false;
            }
        }
        return rest.isEmpty() || matcher.test(document, rest);
    }
}
