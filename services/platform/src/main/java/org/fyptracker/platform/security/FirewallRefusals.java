package org.fyptracker.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fyptracker.platform.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What Spring Security's firewall refuses, as a 400 problem naming the rule: {@code header-characters} (a
 * control or unassigned character in a header, naming the header) or {@code path-not-allowed} (encoded
 * slashes, {@code ..} segments, {@code ;} parameters, a path that is not normalised), as the gateway answers
 * the latter. Without it a refusal in a filter was an empty 400, and one while the handler read a header a 500.
 * The offending value is never echoed.
 */
public class FirewallRefusals implements RequestRejectedHandler {

    /** The header StrictHttpFirewall names in its message, e.g. {@code header: "Idempotency-Key " has a value}. */
    private static final Pattern REJECTED_HEADER = Pattern.compile("header(?: name)?:? \"([^\"]*)\"");

    private final ObjectMapper json;

    public FirewallRefusals(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail problemFor(RequestRejectedException refusal) {
        String message = String.valueOf(refusal.getMessage());
        Matcher header = REJECTED_HEADER.matcher(message);
        String field = header.find() ? header.group(1).strip() : null;
        if (field != null || message.contains("header")) {
            return Problems.of(HttpStatus.BAD_REQUEST, "header-characters", field, (field == null ? "a header" : "header " + field)
                    + " holds a character that is not allowed (a control character other than a tab, or an unassigned one)");
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "path-not-allowed", null,
                "the request path is not allowed (encoded slashes, '..' segments, ';' parameters, a path that is not normalised)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refusal)
            throws IOException {
        ProblemDetail problem = problemFor(refusal);
        problem.setInstance(URI.create(request.getRequestURI().replaceAll("[^A-Za-z0-9/._~-]", "_")));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
