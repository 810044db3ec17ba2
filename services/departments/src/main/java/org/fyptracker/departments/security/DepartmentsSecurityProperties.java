package org.fyptracker.departments.security;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keyEncryptionSecret encrypts the token signing keys at rest; required (a default exists only in
 *                            the {@code local} profile). Use 32 random bytes, base64.
 * @param issuer              the {@code iss} of issued tokens (the gateway's public URL); empty: taken
 *                            from each token request's URL
 * @param accessTokenTtl      lifetime of an access token
 * @param demoClientsFile     where the demo clients' credentials go on first start; empty: no demo clients
 */
@ConfigurationProperties("fyp.departments")
public record DepartmentsSecurityProperties(
        String keyEncryptionSecret,
        String issuer,
        @DefaultValue("5m") Duration accessTokenTtl,
        Path demoClientsFile) {

    public DepartmentsSecurityProperties {
        if (keyEncryptionSecret == null || keyEncryptionSecret.length() < 16) {
            throw new IllegalStateException("set fyp.departments.key-encryption-secret (at least 16 characters; "
                    + "32 random bytes in base64 are best): it encrypts the token signing keys in MongoDB");
        }
    }
}
