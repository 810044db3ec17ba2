package org.fyptracker.contracts.tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Access tokens whose signature was checked, remembered until they expire. A department system sends the same
 * token with every request for its lifetime, and the gateway and the service each verified its RSA signature and
 * parsed it again every time: about a tenth of both processes' CPU under ingest (docs/benchmarks.md, finding 26).
 * Only the signature check and the parsing are remembered: {@link #validated} runs the claims' checks — expiry,
 * audience, a revoked client — on every request, remembered or not. The token string is the key, so a token
 * changed in any byte is verified afresh.
 */
public final class VerifiedTokens {

    /** Beyond this many live tokens, the oldest are not worth a search: the memory is emptied and refills. */
    static final int CAPACITY = 10_000;

    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();
    private final OAuth2TokenValidator<Jwt> validator;
    private final Clock clock;

    /** @param validator the checks every request's token must pass besides its signature */
    public VerifiedTokens(OAuth2TokenValidator<Jwt> validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    /** The token as verified before, if it was and has not expired since; null otherwise. */
    public Jwt remembered(String token) {
        Jwt jwt = verified.get(token);
        if (jwt != null && !live(jwt)) {
            verified.remove(token);
            return null;
        }
        return jwt;
    }

    /** Keeps {@code jwt}, whose signature was just verified, until it expires. */
    public void remember(Jwt jwt) {
        if (!live(jwt)) {
            return;
        }
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(known -> !live(known));
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
        }
        verified.put(jwt.getTokenValue(), jwt);
    }

    /** {@code jwt} if it passes the validator now; the refusal Spring Security's own decoders give otherwise. */
    public Jwt validated(Jwt jwt) {
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (!result.hasErrors()) {
            return jwt;
        }
        String described = result.getErrors().stream().map(OAuth2Error::getDescription)
                .filter(d -> d != null && !d.isEmpty()).findFirst()
                .map(d -> "An error occurred while attempting to decode the Jwt: " + d)
                .orElse("Unable to validate Jwt");
        throw new JwtValidationException(described, result.getErrors());
    }

    private boolean live(Jwt jwt) {
        return jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt());
    }
}
