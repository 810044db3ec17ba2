package org.fyptracker.mongowire;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a query demands of one field, as far as an ordered index on that field can narrow it: equal to one
 * of some values, or at or beyond one bound. Deliberately loose: the candidates it selects are a superset of
 * the matches (the server's query matcher still checks every candidate), so anything it cannot read
 * exactly — regular expressions, array or sub-document equality, null, {@code $or}, {@code $ne}, … — makes it
 * decline and the query scans as before.
 */
final class FieldConstraint {

    enum Kind { VALUES, AT_LEAST, AT_MOST }

    private final Kind kind;
    private final List<Object> values;

    private FieldConstraint(Kind kind, List<Object> values) {
        this.kind = kind;
        this.values = values;
    }

    Kind kind() {
        return kind;
    }

    /** The values for {@link Kind#VALUES}; the single bound otherwise. Normalised like index keys. */
    List<Object> values() {
        return values;
    }

    /** The narrowest usable constraint on {@code field} in {@code query}, at the top level or in {@code $and}. */
    static Optional<FieldConstraint> in(Document query, String field) {
        FieldConstraint best = null;
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            FieldConstraint found = null;
            if (entry.getKey().equals(field)) {
                found = onValue(entry.getValue()).orElse(null);
            } else if (entry.getKey().equals("$and") && entry.getValue() instanceof Collection<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document document) {
                        found = narrower(found, in(document, field).orElse(null));
                    }
                }
            }
            best = narrower(best, found);
        }
        return Optional.ofNullable(best);
    }

    /** Equality beats a one-sided bound; otherwise the first found is kept (both are correct supersets). */
    private static FieldConstraint narrower(FieldConstraint a, FieldConstraint b) {
        if (a == null) {
            return b;
        }
        if (b != null && b.kind == Kind.VALUES && a.kind != Kind.VALUES) {
            return b;
        }
        return a;
    }

    private static Optional<FieldConstraint> onValue(Object value) {
        if (value instanceof Document operators) {
            return onOperators(operators);
        }
        return scalar(value).map(v -> new FieldConstraint(Kind.VALUES, List.of(v)));
    }

    /**
     * Only one bound of a range is used: on a multikey (array) field, {@code $gte} and {@code $lt} may be met by
     * different elements, so intersecting the two bounds could lose a match.
     */
    private static Optional<FieldConstraint> onOperators(Document operators) {
        if (operators.isEmpty() || !operators.keySet().stream().allMatch(k -> k.startsWith("$"))) {
            return Optional.empty(); // an embedded document compared as a whole
        }
        if (operators.containsKey("$eq")) {
            Optional<FieldConstraint> eq = scalar(operators.get("$eq")).map(v -> new FieldConstraint(Kind.VALUES, List.of(v)));
            if (eq.isPresent()) {
                return eq;
            }
        }
        if (operators.get("$in") instanceof Collection<?> candidates) {
            List<Object> values = new ArrayList<>();
            for (Object candidate : candidates) {
                Optional<Object> v = scalar(candidate);
                if (v.isEmpty()) {
                    values = null;
                    break;
                }
                values.add(v.get());
            }
            if (values != null) {
                return Optional.of(new FieldConstraint(Kind.VALUES, List.copyOf(values)));
            }
        }
        for (String operator : List.of("$gte", "$gt")) {
            Optional<Object> bound = scalar(operators.get(operator));
            if (bound.isPresent()) {
                return Optional.of(new FieldConstraint(Kind.AT_LEAST, List.of(bound.get())));
            }
        }
        for (String operator : List.of("$lte", "$lt")) {
            Optional<Object> bound = scalar(operators.get(operator));
            if (bound.isPresent()) {
                return Optional.of(new FieldConstraint(Kind.AT_MOST, List.of(bound.get())));
            }
        }
        return Optional.empty();
    }

    /** A value an index key can be compared with: not null, not an array, document or pattern. */
    private static Optional<Object> scalar(Object value) {
        if (Missing.isNullOrMissing(value) || value instanceof Collection<?> || value instanceof Map<?, ?>
                || value instanceof java.util.regex.Pattern || BsonRegularExpression.isRegularExpression(value)) {
            return Optional.empty();
        }
        return Optional.of(IndexKeys.normalized(value));
    }
}
