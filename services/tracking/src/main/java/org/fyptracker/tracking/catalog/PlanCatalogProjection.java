package org.fyptracker.tracking.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.fyptracker.contracts.plans.PlanImported;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.fyptracker.tracking.rebuild.RebuildableReadModel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the structure of every imported plan from the plans topic: one document per import (the event id is
 * its key, so a redelivery is stored once), with the time it was recorded, so "as of" answers use the plan as
 * it was imported by then.
 */
@Component
@ProcessingGroup(PlanCatalogProjection.GROUP)
public class PlanCatalogProjection implements RebuildableReadModel {

    public static final String GROUP = "plan-structures";
    public static final String COLLECTION = "plan_structures";

    private final MongoTemplate mongo;
    private final ObjectMapper json;
    private final PlanCatalog catalog;
    private final ReadModelVersions version;

    public PlanCatalogProjection(MongoTemplate mongo, ObjectMapper json, PlanCatalog catalog, ReadModelVersions version) {
        this.mongo = mongo;
        this.json = json;
        this.catalog = catalog;
        this.version = version;
    }

    @EventHandler
    @SuppressWarnings("unchecked")
    void on(PlanImported event, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        Instant recordedAt = event.provenance() != null && event.provenance().recordedAt() != null
                ? event.provenance().recordedAt() : at;
        Document entry = new Document("_id", message.getIdentifier())
                .append("planCode", event.planCode())
                .append("sequence", sequence)
                .append("sourceSha256", event.sourceSha256())
                .append("recordedAt", recordedAt.toEpochMilli())
                .append("structure", new Document(json.convertValue(PlanStructure.of(event.plan()), Map.class)));
        try {
            mongo.insert(entry, COLLECTION);
            version.raise(COLLECTION);
        } catch (DuplicateKeyException seen) {
            // at-least-once delivery: already kept
        }
        catalog.forget();
    }

    @Override
    @ResetHandler
    public void drop() {
        mongo.dropCollection(COLLECTION);
        version.raise(COLLECTION);
        catalog.forget();
    }

    @Override
    public java.util.List<String> collections() {
        return java.util.List.of(COLLECTION);
    }
}
