package org.fyptracker.departments.activity;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.fyptracker.platform.events.PerBatch;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Who did what, from the event topics named in {@code fyp.events.consume-topics}: this service's own, and
 * those of projects and indicators (the reports and observations departments send); every event carries its
 * provenance, so any topic added there is listed with no code change. A redelivered event lands on its own entry
 * (keyed by the event id).
 */
@Component
@ProcessingGroup(ActivityProjection.GROUP)
public class ActivityProjection {

    public static final String GROUP = "department-activity";

    private final MongoTemplate mongo;
    private final PerBatch<List<ActivityEntry>> batches;

    public ActivityProjection(MongoTemplate mongo, PerBatch<List<ActivityEntry>> batches) {
        this.mongo = mongo;
        this.batches = batches;
    }

    @EventHandler
    void on(DomainEvent event, EventMessage<?> message, @SequenceNumber Long sequence) {
        if (event.provenance() == null || event.provenance().department() == null) {
            return; // nobody to attribute it to (anonymous or pre-security events)
        }
        ActivityEntry entry = new ActivityEntry(message.getIdentifier(), event.provenance().department(),
                event.provenance().client(), CloudEventTypes.typeOf(event.getClass()), event.aggregateId(),
                sequence == null ? 0L : sequence, event.planCode(), message.getTimestamp());
        List<ActivityEntry> batch = batches.current();
        if (batch != null) {
            batch.add(entry); // inserted with the rest of the batch (ActivityBatching)
        } else {
            mongo.save(entry);
        }
    }
}
