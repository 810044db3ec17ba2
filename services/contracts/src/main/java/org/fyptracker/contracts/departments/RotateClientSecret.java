package org.fyptracker.contracts.departments;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Replace a client's secret; carries the new secret's hash only. */
public record RotateClientSecret(
        @TargetAggregateIdentifier String clientId,
        String secretHash,
        Provenance provenance) {
}
