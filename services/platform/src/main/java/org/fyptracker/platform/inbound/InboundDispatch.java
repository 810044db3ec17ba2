package org.fyptracker.platform.inbound;

import org.fyptracker.contracts.inbound.InboundRecord;
import org.springframework.http.ResponseEntity;

/**
 * A service's part of its Kafka inbound topic: which record it reads, and which REST controller call each
 * operation stands for. Everything around it — reading the record, the sender's token, the outcome — is the
 * platform's ({@link InboundRecordListener}).
 */
public interface InboundDispatch<R extends InboundRecord> {

    Class<R> recordType();

    /**
     * Calls the controller method of the record's operation (never null here), as the verified sender, with
     * the body read by {@code bodies}. Its answer, or the failure it throws, is the record's outcome.
     */
    ResponseEntity<?> dispatch(R record, InboundBodies bodies);
}
