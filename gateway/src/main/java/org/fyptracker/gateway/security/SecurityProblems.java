package org.fyptracker.gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401 at the gateway as an RFC 9457 problem naming the rule, like the services answer: {@code invalid-token}
 * for an expired, forged or foreign token, with the {@code WWW-Authenticate} header of RFC 6750.
 */
public class SecurityProblems implements ServerAuthenticationEntryPoint {

    static final String TYPE_BASE = "https://fyp-tracker.org/problems/";

    private final ObjectMapper json;

    public SecurityProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        String description = failure instanceof OAuth2AuthenticationException invalid
                && invalid.getError().getDescription() != null ? invalid.getError().getDescription() : failure.getMessage();
        boolean tokenSent = failure instanceof OAuth2AuthenticationException;
        String rule = tokenSent ? "invalid-token" : "authentication-required";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, tokenSent
                ? "Bearer error=\"invalid_token\", error_description=\"" + description.replace("\"", "'") + "\""
                : "Bearer");
        return write(exchange, HttpStatus.UNAUTHORIZED, rule, tokenSent
                ? "the access token is not valid: " + description
                : "send an access token (Authorization: Bearer …) from POST /oauth2/token");
    }

    Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String rule, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + rule));
        problem.setTitle(Character.toUpperCase(rule.charAt(0)) + rule.substring(1).replace('-', ' '));
        problem.setProperty("rule", rule);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        try {
            byte[] body = json.writeValueAsBytes(problem);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        } catch (Exception e) {
            return Mono.error(e);
        }
    }
}
