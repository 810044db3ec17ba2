package org.fyptracker.platform.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Refuses the tokens of a revoked client, though they have not yet expired. */
public class ClientNotRevoked implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "the client of this token has been revoked", null);
    private static final OAuth2Error NO_CLIENT = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "the token names no client_id", null);

    private final RevokedClients revoked;

    public ClientNotRevoked(RevokedClients revoked) {
        this.revoked = revoked;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String client = token.getClaimAsString(JwtCallers.CLIENT_ID);
        if (client == null || client.isBlank()) {
            return OAuth2TokenValidatorResult.failure(NO_CLIENT);
        }
        return revoked.isRevoked(client) ? OAuth2TokenValidatorResult.failure(REVOKED) : OAuth2TokenValidatorResult.success();
    }
}
