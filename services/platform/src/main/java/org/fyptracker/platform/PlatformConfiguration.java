package org.fyptracker.platform;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fyptracker.platform.commands.IndependentCommands;
import org.fyptracker.platform.http.CallerResolver;
import org.fyptracker.platform.http.ProblemResponses;
import org.fyptracker.platform.http.RequestBodyChecks;
import org.fyptracker.platform.http.StrictJsonBodies;
import org.fyptracker.platform.http.idempotency.IdempotencyProperties;
import org.fyptracker.platform.http.idempotency.IdempotentRequests;
import org.fyptracker.platform.http.writes.WriteRequests;
import org.fyptracker.platform.security.JwtCallers;
import org.fyptracker.platform.time.BusinessClock;
import org.fyptracker.platform.time.IsoLocalDates;
import org.fyptracker.platform.time.UtcInstants;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What every service gets: problem responses, idempotent writes, the business clock. */
@AutoConfiguration
@EnableConfigurationProperties(IdempotencyProperties.class)
@Import({ProblemResponses.class, StrictJsonBodies.class, RequestBodyChecks.class})
public class PlatformConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock wallClock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    public BusinessClock businessClock(Clock wallClock) {
        return new BusinessClock(wallClock);
    }

    /** Instants in JSON read without {@code DateTimeFormatter} in their one canonical form (docs/benchmarks.md, finding 37). */
    @Bean
    public Module utcInstants() {
        return UtcInstants.module();
    }

    /** Dates in JSON read without {@code DateTimeFormatter} in their one canonical form (docs/benchmarks.md, finding 42). */
    @Bean
    public Module isoLocalDates() {
        return IsoLocalDates.module();
    }

    /** Whoever the verified access token says; anonymous without one (docs/security.md). */
    @Bean
    @ConditionalOnMissingBean
    public CallerResolver callerResolver() {
        return new JwtCallers();
    }

    /** For event handlers that send commands (seeding, merges): each command in its own unit of work. */
    @Bean
    public IndependentCommands independentCommands(CommandGateway commandGateway) {
        return new IndependentCommands(commandGateway);
    }

    /** What every write endpoint does around its commands: caller, Idempotency-Key, provenance. */
    @Bean
    public WriteRequests writeRequests(CommandGateway commandGateway, IdempotentRequests idempotentRequests,
                                       CallerResolver callerResolver, BusinessClock businessClock) {
        return new WriteRequests(commandGateway, idempotentRequests, callerResolver, businessClock);
    }

    @Bean
    public IdempotentRequests idempotentRequests(MongoTemplate mongo, ObjectMapper json,
                                                 IdempotencyProperties properties, Clock wallClock) {
        return new IdempotentRequests(mongo, json, properties, wallClock);
    }
}
