package org.fyptracker.platform.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.fyptracker.platform.http.ProblemResponses;

/**
 * Reads an inbound record's body into the REST request it stands for, as strictly as the REST API reads
 * it ({@code StrictJsonBodies}) and with the same bean validation, so a body the API refuses is refused
 * here with the same problem.
 */
public class InboundBodies {

    private final ObjectMapper strict;
    private final Validator validator;
    private final ProblemResponses problems;

    public InboundBodies(ObjectMapper strict, Validator validator, ProblemResponses problems) {
        this.strict = strict;
        this.validator = validator;
        this.problems = problems;
    }

    public <T> T read(JsonNode body, Class<T> type) {
        if (body == null || body.isNull()) {
            throw InboundRefusal.malformed("body is required");
        }
        T request;
        try {
            request = strict.treeToValue(body, type);
        } catch (JsonProcessingException unreadable) {
            throw new InboundRefusal(problems.unreadableBody(unreadable));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
