package org.fyptracker.platform.events;

import org.apache.kafka.clients.producer.Producer;
import org.axonframework.extensions.kafka.eventhandling.producer.ConfirmationMode;
import org.axonframework.extensions.kafka.eventhandling.producer.ProducerFactory;

/**
 * Producers whose sends are acknowledged once per processor batch instead of once per event.
 * <p>
 * axon-kafka's {@code WAIT_FOR_ACK} waits for each event's acknowledgement inside {@code send}, so a publisher sends
 * one event per Kafka round trip: about 50–200 events/s on the bench machine, and a queue of seconds in front of it
 * above that (docs/benchmarks.md, finding 22). Here the factory reports {@link ConfirmationMode#NONE} so the
 * publisher does not wait, and every producer it makes is a {@link BatchAcknowledgedProducer}, which waits for all
 * of a batch's sends at the batch's last event: the guarantee is the same (the token moves only after Kafka has
 * every event of the batch; a failed send fails the batch, which the processor retries), at one round trip a batch.
 */
public final class BatchAcknowledgedProducerFactory<K, V> implements ProducerFactory<K, V> {

    private final ProducerFactory<K, V> delegate;
    private final long ackTimeoutMillis;

    /** {@code delegate} must not wait for acknowledgements itself ({@link ConfirmationMode#NONE}). */
    public BatchAcknowledgedProducerFactory(ProducerFactory<K, V> delegate, long ackTimeoutMillis) {
        if (delegate.confirmationMode() != ConfirmationMode.NONE) {
            throw new IllegalArgumentException("the delegate must not confirm sends itself: " + delegate.confirmationMode());
        }
        this.delegate = delegate;
        this.ackTimeoutMillis = ackTimeoutMillis;
    }

    @Override
    public Producer<K, V> createProducer() {
        return new BatchAcknowledgedProducer<>(delegate.createProducer(), ackTimeoutMillis);
    }

    @Override
    public ConfirmationMode confirmationMode() {
        return ConfirmationMode.NONE;
    }

    @Override
    public void shutDown() {
        delegate.shutDown();
    }
}
