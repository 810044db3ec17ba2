package org.fyptracker.projects.keyproject;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.fyptracker.platform.eventstore.CachedDecisionCheck;
import org.fyptracker.platform.eventstore.OptimisticAggregateCache;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Key projects stay in memory between commands, so a project that reports every few seconds is not read back
 * from the event store for each report. Any replica may still take any command: a decision made on a copy another
 * replica has overtaken is caught by the append or by {@link CachedDecisionCheck} and made again (see
 * {@link OptimisticAggregateCache}). At most {@code fyp.projects.cached-projects} projects are held (a project
 * holds the Idempotency-Keys of its reports: tens of kilobytes after years of reports).
 */
@Configuration
public class KeyProjectCacheConfiguration {

    @Bean
    public OptimisticAggregateCache keyProjectCache(MongoTemplate axonMongoTemplate,
                                                    @Value("${fyp.projects.cached-projects:1000}") int capacity) {
        return new OptimisticAggregateCache(axonMongoTemplate, capacity);
    }

    @Bean
    public SmartInitializingSingleton cachedDecisionCheck(CommandBus commandBus, OptimisticAggregateCache keyProjectCache) {
        return () -> commandBus.registerHandlerInterceptor(new CachedDecisionCheck(keyProjectCache));
    }
}
