package org.fyptracker.platform.inbound;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.fyptracker.contracts.inbound.InboundRecord;
import org.fyptracker.platform.http.Problems;
import org.fyptracker.platform.security.CallerAuthority;
import org.fyptracker.platform.security.SecurityProblems;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Who sent an inbound record: the access token in its {@code authorization} header, checked by the
 * service's own {@link JwtDecoder} exactly as on REST (signature, expiry, audience, client not revoked), and
 * allowed to write only with scope {@code report} or {@code admin}. The operation then runs with that
 * caller in the security context, so every command carries it and the aggregate decides, as over REST,
 * whether this department may change this thing ({@link CallerAuthority}).
 * <p>
 * With {@code fyp.security.enabled=false} (tests not about security) no token is asked for and the
 * operation runs anonymously, with the system's authority, like a REST request then does.
 */
public class InboundSenders {

    private static final String BEARER = "bearer ";

    private final JwtDecoder decoder;
    private final Converter<Jwt, AbstractAuthenticationToken> authentication = new JwtAuthenticationConverter();

    private InboundSenders(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    public static InboundSenders verifiedBy(JwtDecoder decoder) {
        return new InboundSenders(decoder);
    }

    public static InboundSenders unchecked() {
        return new InboundSenders(null);
    }

    /** Runs {@code operation} as the sender the record's token proves; refuses the record without one. */
    public <T> T runAs(Headers headers, Supplier<T> operation) {
        if (decoder == null) {
            return operation.get();
        }
        AbstractAuthenticationToken sender = authentication.convert(verify(headers));
        boolean writer = sender.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("SCOPE_" + CallerAuthority.REPORT)
                || a.getAuthority().equals("SCOPE_" + CallerAuthority.ADMIN));
        if (!writer) {
            throw new InboundRefusal(SecurityProblems.scopeInsufficient("an inbound record", SecurityProblems.WRITERS));
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(sender);
        SecurityContextHolder.setContext(context);
        try {
            return operation.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Jwt verify(Headers headers) {
        String authorization = authorization(headers);
        if (authorization == null || authorization.isBlank()) {
            throw new InboundRefusal(SecurityProblems.authenticationRequired());
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new InboundRefusal(SecurityProblems.invalidToken("the authorization header is not 'Bearer <token>'"));
        }
        try {
            return decoder.decode(authorization.substring(BEARER.length()).trim());
        } catch (BadJwtException invalid) {
            throw new InboundRefusal(SecurityProblems.invalidToken(invalid.getMessage()));
        } catch (JwtException unverifiable) {
            // Not the sender's fault (the departments' keys could not be fetched): the same record sent
            // again later is answered anew, nothing having been applied.
            throw new InboundRefusal(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "token-unverifiable", null,
                    "the access token could not be checked now (" + unverifiable.getMessage() + "); send the record again"));
        }
    }

    /** The last {@code authorization} header, whatever its case (Kafka header names are case-sensitive). */
    private static String authorization(Headers headers) {
        String value = null;
        for (Header header : headers) {
            if (header.key().equalsIgnoreCase(InboundRecord.AUTHORIZATION) && header.value() != null) {
                value = new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return value;
    }
}
