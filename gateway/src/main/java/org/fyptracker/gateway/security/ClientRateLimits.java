package org.fyptracker.gateway.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Per-client rate limits (Resilience4j rate limiters): a caller with a verified token is counted by its
 * {@code client_id}, a caller without one by its address. Over the limit: a 429 problem
 * {@code rate-limited} with {@code Retry-After} (whole seconds until the allowance is back). Runs after the
 * token check, so a client is counted under the id its token proves, never under one it merely claims.
 * Health checks are not counted.
 */
public class ClientRateLimits implements WebFilter, Ordered {

    /** Limiters kept at most; the least recently used address is forgotten first. */
    static final int MAX_TRACKED = 10_000;

    private final RateLimiterConfig clients;
    private final RateLimiterConfig anonymous;
    private final GatewaySecurityProperties properties;
    private final SecurityProblems problems;
    private final Map<String, RateLimiter> limiters = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
            return size() > MAX_TRACKED;
        }
    };

    public ClientRateLimits(GatewaySecurityProperties properties, SecurityProblems problems) {
        this.properties = properties;
        this.problems = problems;
        this.clients = config(properties.clients());
        this.anonymous = config(properties.anonymous());
    }

    private static RateLimiterConfig config(GatewaySecurityProperties.Limit limit) {
        return RateLimiterConfig.custom()
                .limitForPeriod(limit.requests())
                .limitRefreshPeriod(limit.period())
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    @Override
    public int getOrder() {
        return -50; // after Spring Security's WebFilterChainProxy (-100), before the routes
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(p -> "client:" + clientOf((JwtAuthenticationToken) p))
                .defaultIfEmpty("address:" + addressOf(exchange))
                .flatMap(key -> {
                    boolean client = key.startsWith("client:");
                    RateLimiter limiter = limiter(key, client);
                    if (limiter.acquirePermission()) {
                        return chain.filter(exchange);
                    }
                    long seconds = retryAfterSeconds(limiter);
                    exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
                    GatewaySecurityProperties.Limit limit = client ? properties.clients() : properties.anonymous();
                    return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            (client ? "client " + key.substring(7) : "this address (no token)") + " may send "
                                    + limit.requests() + " requests per " + limit.period().toMillis() + " ms; retry after "
                                    + seconds + " s");
                });
    }

    private RateLimiter limiter(String key, boolean client) {
        synchronized (limiters) {
            return limiters.computeIfAbsent(key, k -> RateLimiter.of(k, client ? clients : anonymous));
        }
    }

    static long retryAfterSeconds(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private static String clientOf(JwtAuthenticationToken token) {
        Object client = token.getToken().getClaims().get("client_id");
        return client != null ? client.toString() : token.getName();
    }

    private static String addressOf(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
