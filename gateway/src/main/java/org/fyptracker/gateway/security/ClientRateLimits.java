package org.fyptracker.gateway.security;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.GrantedAuthority;
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
                .map(p -> limited("client:" + clientOf((JwtAuthenticationToken) p), limitOf((JwtAuthenticationToken) p)))
                .defaultIfEmpty(limited("address:" + addressOf(exchange), properties.anonymous()))
                .flatMap(caller -> {
                    RateLimiter limiter = limiter(caller);
                    if (limiter.acquirePermission()) {
                        return chain.filter(exchange);
                    }
                    long seconds = retryAfterSeconds(limiter);
                    exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
                    boolean client = caller.key().startsWith("client:");
                    return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            (client ? "client " + caller.key().substring(7) : "this address (no token)") + " may send "
                                    + caller.limit().requests() + " requests per " + caller.limit().period().toMillis()
                                    + " ms; retry after " + seconds + " s");
                });
    }

    /** Who is counted, and the limit that applies to them. */
    private record Limited(String key, GatewaySecurityProperties.Limit limit) {
    }

    private static Limited limited(String key, GatewaySecurityProperties.Limit limit) {
        return new Limited(key, limit);
    }

    private GatewaySecurityProperties.Limit limitOf(JwtAuthenticationToken token) {
        String client = clientOf(token);
        List<String> scopes = token.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("SCOPE_")).map(a -> a.substring(6)).toList();
        return properties.overrides().stream().filter(o -> o.appliesTo(client, scopes)).findFirst()
                .map(GatewaySecurityProperties.LimitOverride::limit).orElse(properties.clients());
    }

    private RateLimiter limiter(Limited caller) {
        synchronized (limiters) {
            return limiters.computeIfAbsent(caller.key(), k -> RateLimiter.of(k, config(caller.limit())));
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
