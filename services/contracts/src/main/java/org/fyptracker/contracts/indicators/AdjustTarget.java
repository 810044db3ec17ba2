package org.fyptracker.contracts.indicators;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.plans.TypedTarget;

/** Adjust the target at mid-term; only with the standing committee's approval reference. */
public record AdjustTarget(
        @TargetAggregateIdentifier String indicatorCode,
        TypedTarget target,
        String approvalReference,
        String reason,
        Provenance provenance) {
}
