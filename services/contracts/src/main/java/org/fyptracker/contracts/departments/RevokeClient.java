package org.fyptracker.contracts.departments;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Stop a client for good: no more tokens, and the ones it holds are refused. */
public record RevokeClient(
        @TargetAggregateIdentifier String clientId,
        String reason,
        Provenance provenance) {
}
