package org.fyptracker.contracts;

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

    public RuleViolation(String rule, String field, Kind kind, String detail) {
        super(detail);
        this.rule = rule;
        this.field = field;
        this.kind = kind;
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
}
