package org.fyptracker.platform.security;

import org.fyptracker.contracts.tokens.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Verifies a token's signature once in its lifetime ({@link VerifiedTokens}) and its claims on every request. */
public final class RememberingJwtDecoder implements JwtDecoder {

    private final JwtDecoder signatureChecks;
    private final VerifiedTokens verified;

    /**
     * @param signatureChecks parses and verifies the signature, validating nothing else
     * @param verified        what was verified, and the checks of the claims
     */
    public RememberingJwtDecoder(JwtDecoder signatureChecks, VerifiedTokens verified) {
        this.signatureChecks = signatureChecks;
        this.verified = verified;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.remembered(token);
        if (jwt == null) {
            jwt = signatureChecks.decode(token);
            verified.remember(jwt);
        }
        return verified.validated(jwt);
    }
}
