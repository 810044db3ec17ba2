package org.fyptracker.contracts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command broke a named business rule. Travels back to the caller as an RFC 9457 problem whose type
 * ends with the rule name, and nothing is stored.
 */
public class RuleViolation extends RuntimeException {

    /** How the rule maps to HTTP: a broken invariant (422), a conflict with current state (409), a missing thing (404). */
    public enum Kind { INVALID, CONFLICT, NOT_FOUND, FORBIDDEN }

    private final String rule;
    private final String field;
    private final Kind kind;
    private final Map<String, Object> details;

    public RuleViolation(String rule, String field, Kind kind, String detail) {
        this(rule, field, kind, detail, Map.of());
    }

    /**
     * @param details what the caller needs to act on the refusal (e.g. what is still assigned); each entry
     *                becomes a member of the problem document
     */
    public RuleViolation(String rule, String field, Kind kind, String detail, Map<String, ?> details) {
        super(detail);
        this.rule = rule;
        this.field = field;
        this.kind = kind;
        this.details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static RuleViolation invalid(String rule, String field, String detail) {
        return new RuleViolation(rule, field, Kind.INVALID, detail);
    }

    public static RuleViolation conflict(String rule, String field, String detail) {
        return new RuleViolation(rule, field, Kind.CONFLICT, detail);
    }

    public static RuleViolation notFound(String rule, String field, String detail) {
        return new RuleViolation(rule, field, Kind.NOT_FOUND, detail);
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }

    public Map<String, Object> details() {
        return details;
    }
}
