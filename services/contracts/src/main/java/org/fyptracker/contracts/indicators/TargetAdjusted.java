package org.fyptracker.contracts.indicators;

import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * A mid-term adjustment of the target. The plan requires the people's congress standing committee to
 * approve adjustments, so an adjustment always names its approval.
 */
public record TargetAdjusted(
        String indicatorCode,
        TypedTarget previousTarget,
        TypedTarget target,
        String approvalReference,
        String reason,
        String planCode,
        Provenance provenance) implements IndicatorEvent {
}
