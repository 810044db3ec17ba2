package org.fyptracker.platform.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.fyptracker.platform.events.WriteBehind;
import org.fyptracker.platform.events.WriteBehindTokenStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Axon's event store and token store in the service's own MongoDB database (the one named in
 * {@code spring.data.mongodb.uri}). The Axon Mongo extension has no Boot starter for Axon 4.12, so the
 * beans are wired here once for every service.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class MongoEventStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public MongoTemplate axonMongoTemplate(MongoDatabaseFactory databaseFactory) {
        return DefaultMongoTemplate.builder().mongoDatabase(databaseFactory.getMongoDatabase()).build();
    }

    @Bean
    @ConditionalOnMissingBean
    public EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 ObjectMapper objectMapper,
                                                 ObjectProvider<EventUpcaster> upcasters,
                                                 @Value("${fyp.event-store.batch-size:1000}") int batchSize) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                // Events per read of the store (Axon's default: 100). A publisher that has fallen behind catches up
                // a batch per query; the MongoDB-wire stand-in reads every event after the token for each query.
                .batchSize(batchSize)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer(objectMapper))
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .build();
        // The unique (aggregateIdentifier, sequenceNumber) index is what makes concurrent appends safe.
        engine.ensureIndexes();
        return engine;
    }

    /**
     * Axon's event store as its Boot support makes it, but with a read-ahead cache of
     * {@code fyp.event-store.cached-events} (default 1,000; Axon's: 10,000). Every tracking processor of the service
     * (the Kafka publisher first) reads through that cache, and a publisher behind fills it: 10,000 events held as
     * stored documents were about 80 MB of a 256 MB heap, and the projects service spent its time in full
     * collections under ingest (docs/benchmarks.md, finding 21). One batch of the storage engine is enough to share.
     */
    @Bean
    @ConditionalOnMissingBean({EventStore.class, EventBus.class})
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                         @Value("${fyp.event-store.cached-events:1000}") int cachedEvents) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .cachedEvents(cachedEvents)
                .build();
    }

    /** Aggregate state is private fields, not a published record: snapshots read and write fields directly. */
    static JacksonSerializer snapshotSerializer(ObjectMapper applicationMapper) {
        ObjectMapper fields = applicationMapper.copy()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(fields).build();
    }

    @Bean
    @ConditionalOnMissingBean
    public TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer, List<WriteBehind> writeBehinds) {
        TokenStore store = MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .nodeId(ManagementFactory.getRuntimeMXBean().getName())
                .build();
        // groups that store their batches on a writer of their own store their tokens after them
        return writeBehinds.isEmpty() ? store : new WriteBehindTokenStore(store, writeBehinds);
    }
}
