package org.fyptracker.gateway.security;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway checks tokens and limits callers (docs/security.md).
 *
 * @param jwkSetUri the departments service's public keys; empty: the departments route's URI + /oauth2/jwks
 * @param audience  the {@code aud} every token must name
 * @param issuer    the {@code iss} every token must name; not checked when empty
 * @param clockSkew tolerance on {@code exp} and {@code nbf}
 * @param clients   the rate limit of each client (by the verified token's {@code client_id})
 * @param anonymous the rate limit of each address sending no token (the public, and token requests)
 * @param overrides limits of particular clients, or of every client holding a scope, in place of
 *                  {@code clients}; the first that applies wins
 */
@ConfigurationProperties("fyp.gateway.security")
public record GatewaySecurityProperties(
        URI jwkSetUri,
        @DefaultValue("fyp-tracker") String audience,
        String issuer,
        @DefaultValue("60s") Duration clockSkew,
        @DefaultValue Limit clients,
        @DefaultValue Limit anonymous,
        @DefaultValue List<LimitOverride> overrides) {

    /**
     * @param requests requests allowed per period
     * @param period   the period, after which the allowance is full again
     */
    public record Limit(@DefaultValue("50") int requests, @DefaultValue("1s") Duration period) {
    }

    /**
     * A limit for one client (by {@code client_id}) or for every client whose token carries a scope, e.g. a
     * department's reporting system that sends more than a person at a screen.
     *
     * @param client   the {@code client_id} it applies to; or empty
     * @param scope    a scope (without {@code SCOPE_}) whose holders it applies to; or empty
     * @param requests requests allowed per period
     * @param period   the period, after which the allowance is full again
     */
    public record LimitOverride(String client, String scope, @DefaultValue("50") int requests,
            @DefaultValue("1s") Duration period) {

        boolean appliesTo(String clientId, Collection<String> scopes) {
            return (client != null && client.equals(clientId)) || (scope != null && scopes.contains(scope));
        }

        Limit limit() {
            return new Limit(requests, period);
        }
    }
}
