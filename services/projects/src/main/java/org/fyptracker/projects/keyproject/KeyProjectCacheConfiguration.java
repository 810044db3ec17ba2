package org.fyptracker.projects.keyproject;

import org.axonframework.common.caching.Cache;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.fyptracker.platform.eventstore.StoreCheckedAggregateCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Key projects stay in memory between commands, so a project that reports every few seconds is not read back
 * from the event store for each report; each use is checked against the store first, so any replica may take
 * any command (see {@link StoreCheckedAggregateCache}). At most {@code fyp.projects.cached-projects} projects
 * are held (a project holds the Idempotency-Keys of its reports: tens of kilobytes after years of reports).
 */
@Configuration
public class KeyProjectCacheConfiguration {

    @Bean
    public Cache keyProjectCache(MongoTemplate axonMongoTemplate,
                                 @Value("${fyp.projects.cached-projects:1000}") int capacity) {
        return new StoreCheckedAggregateCache(axonMongoTemplate, capacity);
    }
}
