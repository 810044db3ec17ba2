package org.fyptracker.gateway;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Refuses bodies over the limit at the door (413), before a service spends memory on them. A body
 * without a declared length is capped by the services' own limits.
 */
@Component
class RequestBodyLimit implements GlobalFilter, Ordered {

    private final long maxBytes;

    RequestBodyLimit(GatewayProperties properties) {
        this.maxBytes = properties.maxRequestBody().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > maxBytes) {
            return Mono.error(new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                    "The request body has " + length + " bytes; at most " + maxBytes + " are accepted."));
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
