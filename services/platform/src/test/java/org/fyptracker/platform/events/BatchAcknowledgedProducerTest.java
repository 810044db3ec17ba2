package org.fyptracker.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.EventPublicationFailedException;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/**
 * The publisher's sends are acknowledged once per batch: none of a batch's sends waits but the last, which waits for
 * all of them, and a batch whose events Kafka did not all acknowledge fails (so its token does not move).
 * {@link MockProducer} stands in for the broker here so a test can hold an acknowledgement back or fail it.
 */
class BatchAcknowledgedProducerTest {

    private final MockProducer<String, String> kafka =
            new MockProducer<>(false, new StringSerializer(), new StringSerializer());
    private final BatchAcknowledgedProducer<String, String> producer = new BatchAcknowledgedProducer<>(kafka, 300);

    @Test
    void only_the_last_event_of_a_batch_waits_and_it_waits_for_the_whole_batch() throws Exception {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        List<Integer> unacknowledgedWhenSent = new ArrayList<>();
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events(3));
        Thread broker = new Thread(() -> {
            // Acknowledge the whole batch only once all three are sent, as the broker would a full request.
            long giveUp = System.nanoTime() + 5_000_000_000L;
            while (kafka.history().size() < 3 && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
            while (kafka.completeNext()) {
                // all of them
            }
        });
        broker.start();
        batch.executeWithResult(() -> {
            unacknowledgedWhenSent.add(kafka.history().size() - completed(sent));
            sent.add(producer.send(record()));
            return null;
        });
        broker.join();

        // The first two sends returned with nothing acknowledged (a per-event wait would have blocked forever).
        assertThat(unacknowledgedWhenSent).containsExactly(0, 1, 2);
        assertThat(sent).allMatch(Future::isDone);
        assertThat(batch.isRolledBack()).isFalse();
    }

    @Test
    void a_batch_with_a_failed_send_fails_and_is_rolled_back() {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events(2));
        Throwable failure = batch.executeWithResult(() -> {
            producer.send(record());
            if (kafka.history().size() == 1) {
                kafka.errorNext(new org.apache.kafka.common.errors.TimeoutException("broker gone"));
            }
            return null;
        }).exceptionResult();
        assertThat(failure).isInstanceOf(EventPublicationFailedException.class)
                .hasRootCauseMessage("broker gone");
        assertThat(batch.isRolledBack()).isTrue();
    }

    @Test
    void a_batch_not_acknowledged_in_time_fails() {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events(2));
        Throwable failure = batch.executeWithResult(() -> {
            producer.send(record());
            return null;
        }).exceptionResult();
        assertThat(failure).isInstanceOf(EventPublicationFailedException.class)
                .hasMessageContaining("did not acknowledge");
        assertThat(batch.isRolledBack()).isTrue();
    }

    @Test
    void a_unit_that_is_not_a_batch_waits_before_it_commits() {
        DefaultUnitOfWork<EventMessage<?>> unit = DefaultUnitOfWork.startAndGet(events(1).get(0));
        producer.send(record());
        assertThat(kafka.history()).hasSize(1);
        assertThatThrownBy(unit::commit).isInstanceOf(EventPublicationFailedException.class);
    }

    @Test
    void a_send_outside_any_unit_of_work_waits_at_once() {
        assertThatThrownBy(() -> producer.send(record())).isInstanceOf(EventPublicationFailedException.class);
        kafka.completeNext();
        Future<RecordMetadata> acknowledged = new BatchAcknowledgedProducer<>(
                new MockProducer<>(true, new StringSerializer(), new StringSerializer()), 300).send(record());
        assertThat(acknowledged).isDone();
    }

    private static int completed(List<Future<RecordMetadata>> sent) {
        return (int) sent.stream().filter(Future::isDone).count();
    }

    private static ProducerRecord<String, String> record() {
        return new ProducerRecord<>("fyp.projects.events.v1", "KP-1", "{}");
    }

    private static List<EventMessage<?>> events(int count) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(GenericEventMessage.asEventMessage("event " + i));
        }
        return events;
    }
}
