package org.fyptracker.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.reactive.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself raises (no such route, body too large, a broken upstream connection)
 * answered as an RFC 9457 problem, like the services answer theirs.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ObjectMapper json;

    ProblemErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = toProblem(error);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        if (problem.getStatus() >= 500) {
            log.warn("gateway error on {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), error.toString());
        }
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        try {
            byte[] body = json.writeValueAsBytes(problem);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
        } catch (Exception e) {
            return Mono.error(e);
        }
    }

    static ProblemDetail toProblem(Throwable error) {
        if (error instanceof ResponseStatusException status) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status.getStatusCode(),
                    status.getReason() == null ? HttpStatus.valueOf(status.getStatusCode().value()).getReasonPhrase()
                            : status.getReason());
            problem.setType(URI.create("https://fyp-tracker.org/problems/" + slug(status.getStatusCode())));
            return problem;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
                "The gateway could not complete the request to the service.");
        problem.setType(URI.create("https://fyp-tracker.org/problems/bad-gateway"));
        return problem;
    }

    private static String slug(HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        return status == null ? String.valueOf(code.value()) : status.name().toLowerCase().replace('_', '-');
    }
}
