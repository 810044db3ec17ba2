package org.fyptracker.departments.security;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** A department's activity is read by supervisors and admins, and by the department's own clients. */
class ActivityReaders implements AuthorizationManager<RequestAuthorizationContext> {

    @Override
    @SuppressWarnings("deprecation") // check is still the method to implement in Spring Security 6.5
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !(caller.getPrincipal() instanceof Jwt token)) {
            return new AuthorizationDecision(false);
        }
        if (has(caller, "SCOPE_supervise") || has(caller, "SCOPE_admin")) {
            return new AuthorizationDecision(true);
        }
        String department = context.getVariables().get("code");
        return new AuthorizationDecision(has(caller, "SCOPE_report") && department != null
                && department.equals(token.getClaimAsString(TokenClaims.DEPARTMENT)));
    }

    private static boolean has(Authentication caller, String authority) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
