package org.fyptracker.contracts.indicators;

import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * The higher level (省 / 市) assigned the number of a "完成省(市)下达指标" target.
 *
 * @param documentReference the document that assigned it, e.g. 闽政〔2026〕5号
 */
public record TargetAssigned(
        String indicatorCode,
        TypedTarget target,
        String documentReference,
        String planCode,
        Provenance provenance) implements IndicatorEvent {
}
