package org.fyptracker.contracts;

/**
 * An event of one aggregate, in the published language. The aggregate id becomes the Kafka key and the
 * CloudEvent subject; the plan code and department become CloudEvent extensions.
 */
public interface DomainEvent {

    String aggregateId();

    Provenance provenance();

    /** The plan the event belongs to (FZ-15, GL-15, …), or null when it belongs to none. */
    String planCode();
}
