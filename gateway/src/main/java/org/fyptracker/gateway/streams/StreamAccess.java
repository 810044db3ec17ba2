package org.fyptracker.gateway.streams;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who may read a stream: a caller whose verified token has the {@code supervise} scope (authority
 * {@code SCOPE_supervise}). The caller is whatever the gateway's security has authenticated (Spring
 * Security's context, or the exchange's principal); the stream checks the scope itself, so it is guarded
 * whether or not a security filter chain names its path. No authenticated caller: 401; one without the
 * scope: 403.
 */
@Component
class StreamAccess {

    private final StreamProperties properties;

    StreamAccess(StreamProperties properties) {
        this.properties = properties;
    }

    Mono<Void> check(ServerWebExchange exchange) {
        if (properties.unauthenticatedAccess()) {
            return Mono.empty();
        }
        String authority = "SCOPE_" + properties.requiredScope();
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .cast(Principal.class)
                .switchIfEmpty(exchange.getPrincipal())
                .filter(p -> !(p instanceof Authentication a) || a.isAuthenticated())
                .filter(p -> !(p instanceof AnonymousAuthenticationToken))
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                        "A token with the " + properties.requiredScope() + " scope is required.")))
                .flatMap(principal -> principal instanceof Authentication a && a.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority).anyMatch(authority::equals)
                        ? Mono.<Void>empty()
                        : Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                                "The stream needs the " + properties.requiredScope() + " scope.")));
    }
}
