package org.fyptracker.departments.activity;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Who did what, from the event topics named in {@code fyp.events.consume-topics}: this service's own, and
 * those of projects and indicators (the reports and observations departments send); every event carries its
 * provenance, so any topic added there is listed with no code change.
 */
@Component
@ProcessingGroup(ActivityProjection.GROUP)
public class ActivityProjection {

    public static final String GROUP = "department-activity";

    private final MongoTemplate mongo;

    public ActivityProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(DomainEvent event, EventMessage<?> message, @SequenceNumber Long sequence) {
        if (event.provenance() == null || event.provenance().department() == null) {
            return; // nobody to attribute it to (anonymous or pre-security events)
        }
        mongo.save(new ActivityEntry(message.getIdentifier(), event.provenance().department(),
                event.provenance().client(), CloudEventTypes.typeOf(event.getClass()), event.aggregateId(),
                sequence == null ? 0L : sequence, event.planCode(), message.getTimestamp()));
    }
}
