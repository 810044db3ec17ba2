package org.fyptracker.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.fyptracker.contracts.http.HeaderCharacters;
import org.fyptracker.contracts.tokens.VerifiedTokens;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.fyptracker.platform.PlatformConfiguration;
import org.fyptracker.platform.events.EventStreamProperties;
import org.fyptracker.platform.events.EventTopics;
import org.fyptracker.platform.http.CallerResolver;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Every service is an OAuth2 resource server for the tokens the departments service issues: the signature
 * against its JWK set, {@code exp}/{@code nbf} (60 s skew), {@code aud}, a client that is not revoked. Then
 * the coarse rules by scope, the same in every service (docs/security.md, "Authorization matrix"):
 * <ul>
 *   <li>health, API docs and the GET paths in {@code fyp.security.public-reads}: anyone;</li>
 *   <li>{@code /api/v1/admin/**}: {@code admin};</li>
 *   <li>other reads: {@code report}, {@code supervise} or {@code admin};</li>
 *   <li>other writes: {@code report} or {@code admin} — whose thing it is, the aggregate decides
 *       ({@link CallerAuthority}).</li>
 * </ul>
 * A service with filter chains of its own (departments, the authorization server) keeps them.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class, PlatformConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnMissingBean(SecurityFilterChain.class)
@EnableConfigurationProperties(FypSecurityProperties.class)
@EnableWebSecurity
public class ResourceServerConfiguration {

    static final String[] OPEN = {"/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    @Bean
    public SecurityProblems securityProblems(ObjectMapper json) {
        return new SecurityProblems(json);
    }

    /** Spring Security's strict firewall, its character rules checked without regular expressions ({@link HeaderCharacters}). */
    @Bean
    public HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedValue);
        firewall.setAllowedParameterNames(HeaderCharacters::allowedName);
        return firewall;
    }

    @Bean
    public FirewallRefusals firewallRefusals(ObjectMapper json) {
        return new FirewallRefusals(json);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "fyp.security.enabled", havingValue = "true", matchIfMissing = true)
    static class Enforced {

        @Bean
        SecurityFilterChain tokenChecks(HttpSecurity http, JwtDecoder decoder, SecurityProblems problems,
                                        FypSecurityProperties properties) throws Exception {
            http.authorizeHttpRequests(requests -> {
                        requests.requestMatchers(OPEN).permitAll();
                        if (!properties.publicReads().isEmpty()) {
                            requests.requestMatchers(HttpMethod.GET, properties.publicReads().toArray(String[]::new)).permitAll();
                        }
                        requests.requestMatchers("/api/v1/admin/**").hasAuthority(scope(CallerAuthority.ADMIN))
                                .requestMatchers(HttpMethod.GET).hasAnyAuthority(readers())
                                .requestMatchers(HttpMethod.HEAD).hasAnyAuthority(readers())
                                .anyRequest().hasAnyAuthority(scope(CallerAuthority.REPORT), scope(CallerAuthority.ADMIN));
                    })
                    .oauth2ResourceServer(server -> server
                            .jwt(jwt -> jwt.decoder(decoder))
                            .authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems))
                    // Bearer tokens only, no cookies: nothing for CSRF to protect, no session to keep.
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
            return http.build();
        }

        @Bean
        RevokedClients revokedClients(KafkaProperties kafka, FypSecurityProperties properties, ObjectMapper json) {
            return new RevokedClients(kafka.buildConsumerProperties(null), properties.revocationTopic(), json);
        }

        /** Created if absent, like every consumed topic, so following it never waits on a missing topic. */
        @Bean
        KafkaAdmin.NewTopics revocationTopic(FypSecurityProperties properties, EventStreamProperties events) {
            String topic = properties.revocationTopic();
            boolean createdAnyway = events.consumeTopics().contains(topic) || topic.equals(events.publishTopic());
            return createdAnyway ? new KafkaAdmin.NewTopics() : new KafkaAdmin.NewTopics(EventTopics.eventTopic(topic, events));
        }

        @Bean
        @ConditionalOnMissingBean(JwtDecoder.class)
        JwtDecoder jwtDecoder(FypSecurityProperties properties, RevokedClients revoked) {
            NimbusJwtDecoder signatureChecks = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
                    .jwsAlgorithm(SignatureAlgorithm.RS256).build();
            signatureChecks.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
            return new RememberingJwtDecoder(signatureChecks,
                    new VerifiedTokens(validator(properties, revoked), Clock.systemUTC()));
        }

        /** On the command bus itself, so every command sent while handling a request carries its caller. */
        @Bean
        SmartInitializingSingleton callerMetaDataOnCommands(CommandBus commandBus, CallerResolver callers) {
            return () -> commandBus.registerDispatchInterceptor(new CallerMetaData(callers));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "fyp.security.enabled", havingValue = "false")
    static class SwitchedOff {

        @Bean
        SecurityFilterChain noTokenChecks(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .build();
        }
    }

    /** What every token must pass besides its signature. */
    public static OAuth2TokenValidator<Jwt> validator(FypSecurityProperties properties, RevokedClients revoked) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(properties.clockSkew()));
        validators.add(new JwtClaimValidator<Object>(JwtClaimNames.EXP, exp -> exp != null));
        validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                audience -> audience != null && audience.contains(properties.audience())));
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            validators.add(new JwtIssuerValidator(properties.issuer()));
        }
        validators.add(new ClientNotRevoked(revoked));
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    static String scope(String scope) {
        return "SCOPE_" + scope;
    }

    private static String[] readers() {
        return new String[] {scope(CallerAuthority.REPORT), scope(CallerAuthority.SUPERVISE), scope(CallerAuthority.ADMIN)};
    }
}
