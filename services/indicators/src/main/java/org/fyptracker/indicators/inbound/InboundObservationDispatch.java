package org.fyptracker.indicators.inbound;

import org.fyptracker.contracts.indicators.InboundObservation;
import org.fyptracker.indicators.web.ObservationController;
import org.fyptracker.indicators.web.ObservationRequest;
import org.fyptracker.indicators.web.RevisionRequest;
import org.fyptracker.platform.inbound.InboundBodies;
import org.fyptracker.platform.inbound.InboundDispatch;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Department systems' observations on {@code fyp.observations.inbound.v1}: each operation is the REST call it mirrors. */
@Component
public class InboundObservationDispatch implements InboundDispatch<InboundObservation> {

    private final ObservationController observations;

    public InboundObservationDispatch(ObservationController observations) {
        this.observations = observations;
    }

    @Override
    public Class<InboundObservation> recordType() {
        return InboundObservation.class;
    }

    @Override
    public ResponseEntity<?> dispatch(InboundObservation record, InboundBodies bodies) {
        return switch (record.operation()) {
            case RECORD_OBSERVATION -> observations.record(record.code(), record.idempotencyKey(),
                    bodies.read(record.body(), ObservationRequest.class));
            case REVISE_OBSERVATION -> observations.revise(record.code(), record.period(), record.idempotencyKey(),
                    bodies.read(record.body(), RevisionRequest.class));
        };
    }
}
