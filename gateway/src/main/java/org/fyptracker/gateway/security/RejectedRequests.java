package org.fyptracker.gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import reactor.core.publisher.Mono;

/**
 * Requests Spring Security's firewall refuses before anything else runs (encoded slashes or backslashes,
 * {@code ..} segments, {@code ;} path parameters, NUL in the path: path traversal) get a 400 problem naming
 * the rule, like every other refusal, instead of an empty 400 (found by the bad-input corpus, docs/reliability.md).
 */
@Configuration(proxyBeanMethods = false)
public class RejectedRequests {

    @Bean
    ServerExchangeRejectedHandler problemForRejectedRequests(ObjectMapper json) {
        return (exchange, rejected) -> {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "the request path is not allowed (encoded slashes, '..' segments, ';' parameters, NUL): " + rejected.getMessage());
            problem.setType(URI.create(SecurityProblems.TYPE_BASE + "path-not-allowed"));
            problem.setTitle("Path not allowed");
            problem.setProperty("rule", "path-not-allowed");
            ServerHttpResponse response = exchange.getResponse();
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            try {
                return response.writeWith(Mono.just(response.bufferFactory().wrap(json.writeValueAsBytes(problem))));
            } catch (Exception e) {
                return Mono.error(e);
            }
        };
    }
}
