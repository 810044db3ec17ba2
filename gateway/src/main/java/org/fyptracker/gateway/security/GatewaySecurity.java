package org.fyptracker.gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.http.HeaderCharacters;
import org.fyptracker.contracts.tokens.VerifiedTokens;
import org.fyptracker.gateway.GatewayProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway is a resource server: every bearer token it sees is verified (signature against the
 * departments' JWK set, {@code exp}/{@code nbf} with 60 s skew, {@code aud}) and a bad one is refused here
 * with a 401 problem. It decides nothing else: a request with a good token, or with none, goes on with its
 * Authorization header as it came, and the service checks the token again and decides by scope and by
 * whose thing it is (docs/security.md). HTTP Basic (the token endpoint's client authentication) passes
 * through untouched.
 */
@Configuration
@EnableWebFluxSecurity
@EnableConfigurationProperties(GatewaySecurityProperties.class)
public class GatewaySecurity {

    @Bean
    SecurityWebFilterChain tokenChecks(ServerHttpSecurity http, ReactiveJwtDecoder decoder, SecurityProblems problems) {
        return http
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(decoder))
                        .authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems))
                // Bearer tokens only: no session, no cookies, nothing for CSRF to protect; Basic is for the token endpoint.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // The services say how their answers may be cached.
                .headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
                .build();
    }

    @Bean
    SecurityProblems securityProblems(ObjectMapper json) {
        return new SecurityProblems(json);
    }

    /** Spring Security's strict firewall, its character rules checked without regular expressions ({@link HeaderCharacters}). */
    @Bean
    ServerWebExchangeFirewall exchangeFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedValue);
        firewall.setAllowedParameterNames(HeaderCharacters::allowedName);
        return firewall;
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewaySecurityProperties properties, GatewayProperties gateway) {
        NimbusReactiveJwtDecoder signatureChecks = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri(properties, gateway).toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        signatureChecks.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        return new RememberingJwtDecoder(signatureChecks, new VerifiedTokens(validator(properties), Clock.systemUTC()));
    }

    @Bean
    ClientRateLimits clientRateLimits(GatewaySecurityProperties properties, SecurityProblems problems) {
        return new ClientRateLimits(properties, problems);
    }

    static URI jwkSetUri(GatewaySecurityProperties properties, GatewayProperties gateway) {
        if (properties.jwkSetUri() != null) {
            return properties.jwkSetUri();
        }
        GatewayProperties.Service departments = gateway.services() == null ? null : gateway.services().get("departments");
        if (departments == null) {
            throw new IllegalStateException("set fyp.gateway.security.jwk-set-uri or route a departments service");
        }
        return URI.create(departments.uri().toString().replaceAll("/+$", "") + "/oauth2/jwks");
    }

    static OAuth2TokenValidator<Jwt> validator(GatewaySecurityProperties properties) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(properties.clockSkew()));
        validators.add(new JwtClaimValidator<Object>(JwtClaimNames.EXP, exp -> exp != null));
        validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                audience -> audience != null && audience.contains(properties.audience())));
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            validators.add(new JwtIssuerValidator(properties.issuer()));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }
}
