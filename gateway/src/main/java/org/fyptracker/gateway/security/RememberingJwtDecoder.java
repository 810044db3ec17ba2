package org.fyptracker.gateway.security;

import org.fyptracker.contracts.tokens.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** Verifies a token's signature once in its lifetime ({@link VerifiedTokens}) and its claims on every request. */
final class RememberingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder signatureChecks;
    private final VerifiedTokens verified;

    /**
     * @param signatureChecks parses and verifies the signature, validating nothing else
     * @param verified        what was verified, and the checks of the claims
     */
    RememberingJwtDecoder(ReactiveJwtDecoder signatureChecks, VerifiedTokens verified) {
        this.signatureChecks = signatureChecks;
        this.verified = verified;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.remembered(token);
        Mono<Jwt> jwt = known != null ? Mono.just(known) : signatureChecks.decode(token).doOnNext(verified::remember);
        return jwt.map(verified::validated);
    }
}
