package org.fyptracker.gateway;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import java.net.URI;
import java.util.concurrent.TimeoutException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a caller gets when a service cannot answer: a problem saying which service, and whether it
 * was unreachable (503, try again later) or too slow (504), never a hung connection.
 */
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        boolean slow = cause instanceof TimeoutException;
        HttpStatus status = slow ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, slow
                ? "The " + service + " service did not answer in time."
                : cause instanceof BulkheadFullException
                        ? "The gateway has as many requests in flight to the " + service
                                + " service as it allows; try again shortly."
                        : "The " + service + " service is not available right now; try again shortly.");
        problem.setType(URI.create("https://fyp-tracker.org/problems/" + (slow ? "service-timeout" : "service-unavailable")));
        problem.setTitle(slow ? "Service timed out" : "Service unavailable");
        problem.setProperty("service", service);
        String original = exchange.getAttribute(OriginalPath.ATTRIBUTE);
        if (original != null) {
            problem.setInstance(URI.create(original));
        }
        if (cause != null) {
            problem.setProperty("cause", cause.getClass().getSimpleName());
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (!slow) {
            answer.header("Retry-After", "5");
        }
        return answer.body(problem);
    }
}
