package org.fyptracker.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.tokens.VerifiedTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class RememberingJwtDecoderTest {

    private final List<String> signaturesChecked = new ArrayList<>();
    private final List<String> revoked = new ArrayList<>();

    /** Stands in for Nimbus: "good-…" tokens carry a valid signature, anything else does not. */
    private final JwtDecoder signatureChecks = token -> {
        signaturesChecked.add(token);
        if (!token.startsWith("good-")) {
            throw new BadJwtException("Signed JWT rejected: Invalid signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject(token.substring(5))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
    };

    private final RememberingJwtDecoder decoder = new RememberingJwtDecoder(signatureChecks, new VerifiedTokens(
            jwt -> revoked.contains(jwt.getSubject())
                    ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "client revoked", null))
                    : OAuth2TokenValidatorResult.success(), Clock.systemUTC()));

    @Test
    void a_tokens_signature_is_checked_once_and_its_claims_on_every_request() {
        for (int i = 0; i < 3; i++) {
            assertThat(decoder.decode("good-fz-transport").getSubject()).isEqualTo("fz-transport");
        }
        assertThat(signaturesChecked).containsExactly("good-fz-transport");

        revoked.add("fz-transport");
        assertThatThrownBy(() -> decoder.decode("good-fz-transport")).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void a_token_that_failed_its_signature_check_is_checked_again_and_refused_again() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> decoder.decode("forged-fz-transport")).isInstanceOf(BadJwtException.class);
        }
        assertThat(signaturesChecked).containsExactly("forged-fz-transport", "forged-fz-transport");
    }
}
