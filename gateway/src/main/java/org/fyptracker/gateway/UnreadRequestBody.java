package org.fyptracker.gateway;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A request answered without its body being read (a 401, 403 or 429 at the door) is read to its end and
 * dropped before the answer goes out. Otherwise the rest of the body can arrive after the answer, and the
 * next request on that keep-alive connection can hang in Reactor Netty's server (1.2.11 and 1.2.18): about
 * 1 in 5,000 requests turned away by the rate limit, on a loaded 2-core machine (docs/security.md,
 * "Keep-alive after a refusal"). A body of unknown length is not read but answered with
 * {@code Connection: close}; one declared over the size limit gets its 413 as before.
 */
@Component
class UnreadRequestBody implements WebFilter, Ordered {

    private final long maxBytes;

    UnreadRequestBody(GatewayProperties properties) {
        this.maxBytes = properties.maxRequestBody().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long length = headers.getContentLength();
        boolean unknownLength = headers.containsKey(HttpHeaders.TRANSFER_ENCODING);
        if (!unknownLength && (length <= 0 || length > maxBytes)) {
            return chain.filter(exchange);
        }
        ServerHttpRequest original = exchange.getRequest();
        AtomicBoolean read = new AtomicBoolean();
        ServerHttpRequest watched = new ServerHttpRequestDecorator(original) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().doOnSubscribe(subscription -> read.set(true));
            }
        };
        exchange.getResponse().beforeCommit(() -> {
            if (read.get()) {
                return Mono.empty();
            }
            if (unknownLength) {
                exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
                return Mono.empty();
            }
            // map, not doOnNext: then() hands what it ignores to the response's discard hook, which would release it again
            return original.getBody().map(DataBufferUtils::release).then().onErrorResume(failure -> Mono.empty());
        });
        return chain.filter(exchange.mutate().request(watched).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // before Spring Security and the rate limits, which answer without reading
    }
}
