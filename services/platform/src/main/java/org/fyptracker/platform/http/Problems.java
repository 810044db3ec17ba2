package org.fyptracker.platform.http;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem documents in one shape across every service: {@code type} ends with the rule's name,
 * {@code rule} repeats it for clients that switch on it, {@code errors} names each offending field.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://fyp-tracker.org/problems/";

    private Problems() {
    }

    public record FieldError(String field, String rule, String message) {
    }

    public static ProblemDetail of(HttpStatus status, String rule, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + rule));
        problem.setTitle(titleOf(rule));
        problem.setProperty("rule", rule);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String rule, String field, String detail) {
        return of(status, rule, detail, field == null ? List.of() : List.of(new FieldError(field, rule, detail)));
    }

    public static ProblemDetail withProperties(ProblemDetail problem, Map<String, Object> properties) {
        properties.forEach(problem::setProperty);
        return problem;
    }

    /** "progress-not-backwards" → "Progress not backwards": a readable title from the rule's name. */
    static String titleOf(String rule) {
        String words = rule.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
