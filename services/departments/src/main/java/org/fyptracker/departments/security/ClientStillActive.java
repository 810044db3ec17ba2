package org.fyptracker.departments.security;

import org.fyptracker.departments.client.ClientDirectory;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token whose client has been revoked since it was issued: tokens live five minutes, revoking
 * must bite at once. Other services get the same from the {@code ClientRevoked} events (docs/security.md).
 */
public class ClientStillActive implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "the client of this token has been revoked", null);

    private final ClientDirectory directory;

    public ClientStillActive(ClientDirectory directory) {
        this.directory = directory;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String clientId = token.getClaimAsString(TokenClaims.CLIENT_ID);
        boolean active = clientId != null && directory.find(clientId).map(c -> !c.revoked()).orElse(false);
        return active ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(REVOKED);
    }
}
