package org.fyptracker.contracts.indicators;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.plans.TypedTarget;

/** Record the number the higher level assigned to a "完成省(市)下达指标" target, with its document. */
public record AssignTarget(
        @TargetAggregateIdentifier String indicatorCode,
        TypedTarget target,
        String documentReference,
        Provenance provenance) {
}
