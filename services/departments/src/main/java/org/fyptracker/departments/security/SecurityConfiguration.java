package org.fyptracker.departments.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.fyptracker.departments.client.ClientDirectory;
import org.fyptracker.platform.http.CallerResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains: the OAuth2 authorization server's endpoints ({@code /oauth2/token}, {@code /oauth2/jwks},
 * metadata), and this service's REST API as a resource server checking its own tokens. The authorization
 * matrix of the API is here and in docs/security.md.
 */
@Configuration
@EnableConfigurationProperties(DepartmentsSecurityProperties.class)
public class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, ProblemSecurityResponses problems) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // Machine clients with HTTP Basic, no cookies: nothing for CSRF to protect, no session to keep.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder jwtDecoder, ProblemSecurityResponses problems) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/departments", "/api/v1/departments/{code}").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/departments/{code}/activity").access(new ActivityReaders())
                        .requestMatchers(HttpMethod.GET, "/api/v1/departments/{code}/assignments")
                                .hasAnyAuthority("SCOPE_supervise", "SCOPE_admin")
                        .requestMatchers("/api/v1/departments/**", "/api/v1/admin/**").hasAuthority("SCOPE_admin")
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(jwtDecoder))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                // Bearer tokens only, no cookies: nothing for CSRF to protect, no session to keep.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    ProblemSecurityResponses problemSecurityResponses(ObjectMapper json) {
        return new ProblemSecurityResponses(json);
    }

    /** Secrets are hashed with BCrypt and stored as {@code {bcrypt}…}. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SigningKeys signingKeys(MongoTemplate mongo, DepartmentsSecurityProperties properties, Clock wallClock) {
        SigningKeys keys = new SigningKeys(mongo, properties.keyEncryptionSecret(), wallClock, properties.accessTokenTtl());
        keys.signingKeyId(); // load (or create) now: a wrong key-encryption secret stops the start, not a token request
        return keys;
    }

    /** Signs with the newest key when older ones are still published. */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys signingKeys) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(signingKeys);
        encoder.setJwkSelector(keys -> keys.stream()
                .filter(key -> key.getKeyID().equals(signingKeys.signingKeyId()))
                .findFirst().orElse(keys.get(0)));
        return encoder;
    }

    /** This service's own API trusts its own keys (no HTTP round trip), and refuses revoked clients' tokens. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys signingKeys, ClientDirectory directory, DepartmentsSecurityProperties properties) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(properties.issuer() == null || properties.issuer().isBlank()
                ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(properties.issuer()));
        validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                audience -> audience != null && audience.contains(TokenClaims.AUDIENCE)));
        validators.add(new ClientStillActive(directory));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(DepartmentsSecurityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(ClientDirectory directory, DepartmentsSecurityProperties properties) {
        return new DirectoryRegisteredClients(directory, properties.accessTokenTtl());
    }

    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new NoStoredAuthorizations();
    }

    @Bean
    TokenClaims tokenClaims() {
        return new TokenClaims();
    }

    @Bean
    CallerResolver jwtCallerResolver() {
        return new JwtCallerResolver();
    }
}
