package org.fyptracker.platform.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks the access tokens the departments service issues (docs/security.md).
 *
 * @param enabled         false only for tests that are not about security: every request is then anonymous
 *                        and every command runs with the system's authority
 * @param jwkSetUri       the departments service's public keys; fetched at the first token, again on an unknown key id
 * @param audience        the {@code aud} every token must name
 * @param issuer          the {@code iss} every token must name; not checked when empty
 * @param clockSkew       tolerance on {@code exp} and {@code nbf}
 * @param publicReads     GET paths (Ant patterns) anyone may read without a token
 * @param revocationTopic the departments' event topic whose {@code ClientRevoked} events refuse a client's tokens
 */
@ConfigurationProperties("fyp.security")
public record FypSecurityProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("http://127.0.0.1:8082/oauth2/jwks") URI jwkSetUri,
        @DefaultValue("fyp-tracker") String audience,
        String issuer,
        @DefaultValue("60s") Duration clockSkew,
        @DefaultValue List<String> publicReads,
        @DefaultValue("fyp.departments.events.v1") String revocationTopic) {
}
