package org.fyptracker.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.platform.security.FirewallRefusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a request into an RFC 9457 problem naming the field and the rule. Never a stack
 * trace: unexpected errors are logged here and answered with a bare 500 problem.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(RuleViolation.class)
    public ProblemDetail ruleViolated(RuleViolation violation) {
        return Problems.withProperties(
                Problems.of(statusOf(violation.kind()), violation.rule(), violation.field(), violation.getMessage()),
                violation.details());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<Problems.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new Problems.FieldError(f.getField(), ruleName(f.getCode()), f.getDefaultMessage()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", detail, errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ProblemDetail invalidParameter(ConstraintViolationException e) {
        List<Problems.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problems.FieldError(lastNode(v.getPropertyPath().toString()),
                        ruleName(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
                        v.getMessage()))
                .toList();
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage(), errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        return unreadableBody(e.getCause());
    }

    /** A body that could not be read into its request, {@code cause} being what the JSON reader said. */
    public ProblemDetail unreadableBody(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.of(HttpStatus.BAD_REQUEST, "unknown-field", path(unknown),
                    "field '" + path(unknown) + "' is not part of this request");
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            return Problems.of(HttpStatus.BAD_REQUEST, "invalid-format", field,
                    "'" + invalid.getValue() + "' is not a valid " + typeName(invalid.getTargetType()) + " for field '" + field + "'");
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            return Problems.of(HttpStatus.BAD_REQUEST, "invalid-format", field,
                    "field '" + field + "' must be a " + typeName(mismatched.getTargetType()));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return Problems.of(HttpStatus.BAD_REQUEST, "invalid-format", field,
                    "field '" + field + "': " + mapping.getOriginalMessage());
        }
        if (cause instanceof JsonProcessingException parse) {
            return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", null,
                    "the body is not valid JSON: " + parse.getOriginalMessage());
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "missing-body", null, "a JSON body is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ProblemDetail invalidParameter(MethodArgumentTypeMismatchException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-format", e.getName(),
                "'" + e.getValue() + "' is not a valid " + typeName(e.getRequiredType()) + " for '" + e.getName() + "'");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "missing-header", e.getHeaderName(),
                "header " + e.getHeaderName() + " is required");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    public ProblemDetail unknownAggregate(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "unknown-id", "id", "no " + e.getAggregateIdentifier() + " here");
    }

    @ExceptionHandler(ConcurrencyException.class)
    public ProblemDetail concurrentChange(ConcurrencyException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-change", null,
                "another change to the same record was made at the same time; retry");
    }

    @ExceptionHandler(CommandExecutionException.class)
    public ProblemDetail commandFailed(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuleViolation violation) {
            return ruleViolated(violation);
        }
        if (cause instanceof AggregateNotFoundException missing) {
            return unknownAggregate(missing);
        }
        if (cause instanceof ConcurrencyException concurrent) {
            return concurrentChange(concurrent);
        }
        return unexpected(e);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    public ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Content-Type",
                "send application/json, not " + e.getContentType());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    public ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Accept", e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    public ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", null, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    public ProblemDetail noSuchPath(NoResourceFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", null, "nothing at " + e.getResourcePath());
    }

    @ExceptionHandler(RequestBodyChecks.BodyTooLarge.class)
    public ProblemDetail bodyTooLarge(RequestBodyChecks.BodyTooLarge e) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", null, e.getMessage());
    }

    /**
     * Spring Security's firewall checks a header when it is first read, here while the handler's arguments are
     * resolved: bad input, not a failure ({@link FirewallRefusals}).
     */
    @ExceptionHandler(RequestRejectedException.class)
    public ProblemDetail rejectedByFirewall(RequestRejectedException e) {
        return FirewallRefusals.problemFor(e);
    }

    @ExceptionHandler(Exception.class)
    public ProblemDetail unexpected(Exception e) {
        if (storeUnavailable(e)) {
            // The database cannot be reached (found by the fault suite, docs/reliability.md): not this request's
            // fault, nothing was applied or the Idempotency-Key makes a retry safe.
            log.warn("request failed: the database is unavailable: {}", e.toString());
            return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", null,
                    "the service's database cannot be reached; retry with the same Idempotency-Key");
        }
        log.error("request failed unexpectedly", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", null,
                "the request could not be completed; it has been logged");
    }

    /** The problem for a failure outside an HTTP request (a Kafka inbound record), as the REST API would answer. */
    public ProblemDetail toProblem(Throwable failure) {
        if (failure instanceof RuleViolation violation) {
            return ruleViolated(violation);
        }
        if (failure instanceof CommandExecutionException commandFailed) {
            return commandFailed(commandFailed);
        }
        if (failure instanceof AggregateNotFoundException missing) {
            return unknownAggregate(missing);
        }
        if (failure instanceof ConcurrencyException concurrent) {
            return concurrentChange(concurrent);
        }
        if (failure instanceof ConstraintViolationException invalid) {
            return invalidParameter(invalid);
        }
        if (failure instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable);
        }
        return unexpected(failure instanceof Exception e ? e : new RuntimeException(failure));
    }

    private static boolean storeUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof com.mongodb.MongoSocketException || t instanceof com.mongodb.MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }

    static HttpStatus statusOf(RuleViolation.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** "NotBlank" → "not-blank": bean-validation constraint names as rule names. */
    static String ruleName(String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return constraint.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "BigDecimal", "Double", "double" -> "number";
            default -> type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants()) : type.getSimpleName();
        };
    }
}
