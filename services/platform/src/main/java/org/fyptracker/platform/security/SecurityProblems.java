package org.fyptracker.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.fyptracker.platform.http.Problems;
import org.springframework.http.HttpMethod;
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
 * 401 and 403 as RFC 9457 problems naming the rule, with the {@code WWW-Authenticate} header RFC 6750 asks
 * for: {@code authentication-required} (no token), {@code invalid-token} (expired, forged, wrong audience,
 * revoked client), {@code scope-insufficient} (the token's scopes do not reach this endpoint).
 */
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** What every write asks for, over REST and on the inbound topics. */
    public static final String WRITERS = "scope report or admin (supervise reads only)";

    private final AuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final AccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
    private final ObjectMapper json;

    public SecurityProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        bearer.commence(request, response, failure);
        ProblemDetail problem = failure instanceof OAuth2AuthenticationException invalid
                ? invalidToken(describe(invalid))
                : authenticationRequired();
        write(request, response, problem);
    }

    /** 401: no token came with the request (or the inbound record). */
    public static ProblemDetail authenticationRequired() {
        return Problems.of(HttpStatus.UNAUTHORIZED, "authentication-required", null,
                "send an access token (Authorization: Bearer …) from POST /oauth2/token");
    }

    /** 401: expired, forged, for another audience, or of a revoked client; {@code why} says which. */
    public static ProblemDetail invalidToken(String why) {
        return Problems.of(HttpStatus.UNAUTHORIZED, "invalid-token", null, "the access token is not valid: " + why);
    }

    /** 403: the token's scopes do not reach what was asked ({@code what} needs {@code needed}). */
    public static ProblemDetail scopeInsufficient(String what, String needed) {
        return Problems.of(HttpStatus.FORBIDDEN, "scope-insufficient", null, what + " needs " + needed);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        denied.handle(request, response, refused);
        write(request, response, scopeInsufficient(request.getMethod() + " " + request.getRequestURI(), needed(request)));
    }

    /** What the rules of ResourceServerConfiguration ask for this request. */
    static String needed(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/v1/admin/")) {
            return "scope admin";
        }
        String method = request.getMethod();
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)
                ? "scope report, supervise or admin" : WRITERS;
    }


    private static String describe(OAuth2AuthenticationException failure) {
        String description = failure.getError().getDescription();
        return description != null ? description : failure.getError().getErrorCode();
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
