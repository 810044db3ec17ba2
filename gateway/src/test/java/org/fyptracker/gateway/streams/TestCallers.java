package org.fyptracker.gateway.streams;

import java.util.Arrays;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.WebFilter;

/**
 * Stands in for the gateway's token check in tests: a request with {@code X-Test-Scopes: supervise}
 * arrives as a caller authenticated with those scopes, in the Reactor context where Spring Security keeps
 * it (its own filters leave an existing context alone), so this works with and without a security chain.
 */
@TestConfiguration
class TestCallers {

    static final String HEADER = "X-Test-Scopes";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebFilter testCaller() {
        return (exchange, chain) -> {
            String scopes = exchange.getRequest().getHeaders().getFirst(HEADER);
            if (scopes == null) {
                return chain.filter(exchange);
            }
            TestingAuthenticationToken caller = new TestingAuthenticationToken("test-client", null,
                    AuthorityUtils.createAuthorityList(Arrays.stream(scopes.split(" ")).map(s -> "SCOPE_" + s).toArray(String[]::new)));
            caller.setAuthenticated(true);
            return chain.filter(exchange).contextWrite(ReactiveSecurityContextHolder.withAuthentication(caller));
        };
    }
}
