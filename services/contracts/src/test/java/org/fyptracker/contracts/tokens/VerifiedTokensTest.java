package org.fyptracker.contracts.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-26T07:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final Set<String> revokedClients = new HashSet<>();
    private final VerifiedTokens tokens = new VerifiedTokens(jwt -> revokedClients.contains(jwt.getSubject())
            ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "client revoked", null))
            : OAuth2TokenValidatorResult.success(), clock);

    private static Jwt token(String value, String client, Instant expiresAt) {
        return Jwt.withTokenValue(value).header("alg", "RS256").subject(client)
                .issuedAt(NOW.minusSeconds(60)).expiresAt(expiresAt).build();
    }

    @Test
    void a_verified_token_is_remembered_until_it_expires() {
        Jwt jwt = token("token-a", "fz-transport", NOW.plus(Duration.ofMinutes(5)));
        tokens.remember(jwt);

        assertThat(tokens.remembered("token-a")).isSameAs(jwt);
        assertThat(tokens.remembered("token-a-changed")).as("another string is verified afresh").isNull();

        clock.now = NOW.plus(Duration.ofMinutes(5));
        assertThat(tokens.remembered("token-a")).isNull();
    }

    @Test
    void an_expired_or_unbounded_token_is_not_remembered() {
        tokens.remember(token("expired", "fz-transport", NOW.minusSeconds(1)));
        tokens.remember(Jwt.withTokenValue("no-exp").header("alg", "RS256").subject("fz-transport").build());

        assertThat(tokens.remembered("expired")).isNull();
        assertThat(tokens.remembered("no-exp")).isNull();
    }

    @Test
    void a_remembered_token_of_a_client_revoked_since_is_refused() {
        Jwt jwt = token("token-b", "fz-transport", NOW.plus(Duration.ofMinutes(5)));
        tokens.remember(jwt);
        assertThat(tokens.validated(tokens.remembered("token-b"))).isSameAs(jwt);

        revokedClients.add("fz-transport");

        assertThatThrownBy(() -> tokens.validated(tokens.remembered("token-b")))
                .isInstanceOf(JwtValidationException.class)
                .hasMessage("An error occurred while attempting to decode the Jwt: client revoked");
    }

    @Test
    void the_memory_stays_bounded() {
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            tokens.remember(token("token-" + i, "fz-transport", NOW.plus(Duration.ofMinutes(5))));
        }
        int remembered = 0;
        for (int i = 0; i <= VerifiedTokens.CAPACITY; i++) {
            remembered += tokens.remembered("token-" + i) == null ? 0 : 1;
        }
        assertThat(remembered).isLessThanOrEqualTo(VerifiedTokens.CAPACITY);
        assertThat(tokens.remembered("token-" + VerifiedTokens.CAPACITY)).as("the newest is kept").isNotNull();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        private MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
