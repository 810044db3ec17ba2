package org.fyptracker.departments.security;

import org.fyptracker.platform.http.Caller;
import org.fyptracker.platform.http.CallerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller is whoever the verified access token says: its department and client_id claims. */
public class JwtCallerResolver implements CallerResolver {

    @Override
    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt token) {
            return new Caller(token.getClaimAsString(TokenClaims.DEPARTMENT), token.getClaimAsString(TokenClaims.CLIENT_ID));
        }
        return Caller.ANONYMOUS;
    }
}
