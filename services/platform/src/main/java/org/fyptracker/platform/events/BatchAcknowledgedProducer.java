package org.fyptracker.platform.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.axonframework.messaging.EventPublicationFailedException;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A producer that, inside a unit of work, collects the futures of its sends and waits for all of them when the
 * unit's last message has been sent (a processor batch's last event), or at the unit's prepare-commit for a unit
 * that is not a batch. A send outside any unit of work is waited for at once. A failed or late acknowledgement
 * throws, so the batch rolls back and its token does not move. See {@link BatchAcknowledgedProducerFactory}.
 */
final class BatchAcknowledgedProducer<K, V> implements Producer<K, V> {

    private static final String PENDING = BatchAcknowledgedProducer.class.getName() + ".pending";

    private final Producer<K, V> delegate;
    private final long ackTimeoutMillis;

    BatchAcknowledgedProducer(Producer<K, V> delegate, long ackTimeoutMillis) {
        this.delegate = delegate;
        this.ackTimeoutMillis = ackTimeoutMillis;
    }

    @Override
    public Future<RecordMetadata> send(ProducerRecord<K, V> record) {
        return send(record, null);
    }

    @Override
    public Future<RecordMetadata> send(ProducerRecord<K, V> record, Callback callback) {
        Future<RecordMetadata> sent = delegate.send(record, callback);
        if (!CurrentUnitOfWork.isStarted()) {
            awaitAll(List.of(sent));
            return sent;
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        List<Future<RecordMetadata>> pending = unit.getOrComputeResource(PENDING, key -> {
            List<Future<RecordMetadata>> futures = new ArrayList<>();
            // Whatever the last message did not wait for (it was not sent through here) is waited for before commit.
            unit.onPrepareCommit(u -> {
                awaitAll(futures);
                futures.clear();
            });
            return futures;
        });
        pending.add(sent);
        if (unit instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
            awaitAll(pending);
            pending.clear();
        }
        return sent;
    }

    private void awaitAll(List<Future<RecordMetadata>> futures) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ackTimeoutMillis);
        try {
            for (Future<RecordMetadata> future : futures) {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublicationFailedException("interrupted while waiting for Kafka to acknowledge a batch", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new EventPublicationFailedException("Kafka did not acknowledge every event of the batch", e);
        }
    }

    // Everything else is the delegate's.

    @Override
    public void initTransactions() {
        delegate.initTransactions();
    }

    @Override
    public void beginTransaction() {
        delegate.beginTransaction();
    }

    @Override
    @Deprecated
    public void sendOffsetsToTransaction(Map<TopicPartition, OffsetAndMetadata> offsets, String consumerGroupId) {
        delegate.sendOffsetsToTransaction(offsets, consumerGroupId);
    }

    @Override
    public void sendOffsetsToTransaction(Map<TopicPartition, OffsetAndMetadata> offsets, ConsumerGroupMetadata groupMetadata) {
        delegate.sendOffsetsToTransaction(offsets, groupMetadata);
    }

    @Override
    public void commitTransaction() {
        delegate.commitTransaction();
    }

    @Override
    public void abortTransaction() {
        delegate.abortTransaction();
    }

    @Override
    public void flush() {
        delegate.flush();
    }

    @Override
    public List<PartitionInfo> partitionsFor(String topic) {
        return delegate.partitionsFor(topic);
    }

    @Override
    public Map<MetricName, ? extends Metric> metrics() {
        return delegate.metrics();
    }

    @Override
    public Uuid clientInstanceId(Duration timeout) {
        return delegate.clientInstanceId(timeout);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public void close(Duration timeout) {
        delegate.close(timeout);
    }
}
