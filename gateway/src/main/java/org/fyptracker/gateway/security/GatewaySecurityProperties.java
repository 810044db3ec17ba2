package org.fyptracker.gateway.security;

import java.net.URI;
import java.time.Duration;
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
 */
@ConfigurationProperties("fyp.gateway.security")
public record GatewaySecurityProperties(
        URI jwkSetUri,
        @DefaultValue("fyp-tracker") String audience,
        String issuer,
        @DefaultValue("60s") Duration clockSkew,
        @DefaultValue Limit clients,
        @DefaultValue Limit anonymous) {

    /**
     * @param requests requests allowed per period
     * @param period   the period, after which the allowance is full again
     */
    public record Limit(@DefaultValue("50") int requests, @DefaultValue("1s") Duration period) {
    }
}
