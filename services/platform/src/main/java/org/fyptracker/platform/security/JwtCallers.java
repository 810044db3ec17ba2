package org.fyptracker.platform.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.fyptracker.platform.http.Caller;
import org.fyptracker.platform.http.CallerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller is whoever the verified access token says: its {@code department}, {@code client_id} and {@code scope}. */
public class JwtCallers implements CallerResolver {

    public static final String DEPARTMENT = "department";
    public static final String CLIENT_ID = "client_id";
    public static final String SCOPE = "scope";

    @Override
    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && authentication.getPrincipal() instanceof Jwt token) {
            return of(token);
        }
        return Caller.ANONYMOUS;
    }

    public static Caller of(Jwt token) {
        String scope = token.getClaimAsString(SCOPE);
        Set<String> scopes = scope == null ? Set.of()
                : Arrays.stream(scope.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
        String client = token.getClaimAsString(CLIENT_ID);
        return new Caller(token.getClaimAsString(DEPARTMENT), client != null ? client : token.getSubject(), scopes);
    }
}
