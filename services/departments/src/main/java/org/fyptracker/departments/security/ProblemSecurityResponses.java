package org.fyptracker.departments.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fyptracker.platform.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as RFC 9457 problems, like every other refusal; the {@code WWW-Authenticate} header is the
 * one RFC 6750 asks for (written by Spring's bearer-token handlers first).
 */
public class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final AuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final AccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
    private final ObjectMapper json;

    public ProblemSecurityResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, jakarta.servlet.ServletException {
        bearer.commence(request, response, failure);
        boolean tokenSent = failure instanceof OAuth2AuthenticationException;
        write(response, tokenSent
                ? Problems.of(HttpStatus.UNAUTHORIZED, "invalid-token", null,
                        "the access token is not valid: " + describe((OAuth2AuthenticationException) failure))
                : Problems.of(HttpStatus.UNAUTHORIZED, "authentication-required", null,
                        "send an access token (Authorization: Bearer …) from POST /oauth2/token"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, jakarta.servlet.ServletException {
        denied.handle(request, response, refused);
        write(response, Problems.of(HttpStatus.FORBIDDEN, "scope-insufficient", null,
                "this client's scopes or department do not allow " + request.getMethod() + " " + request.getRequestURI()));
    }

    private static String describe(OAuth2AuthenticationException failure) {
        String description = failure.getError().getDescription();
        return description != null ? description : failure.getError().getErrorCode();
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
