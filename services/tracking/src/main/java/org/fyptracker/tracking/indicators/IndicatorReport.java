package org.fyptracker.tracking.indicators;

import java.math.BigDecimal;
import java.util.List;
import org.fyptracker.contracts.plans.TypedTarget;
import org.fyptracker.tracking.indicators.evaluation.Evaluation;

/**
 * The answer of {@code GET /api/v1/tracking/indicators/{code}}: the indicator, its figures with what they
 * replaced, its target changes and history, and the evaluation of each year asked for.
 *
 * @param latest the latest year that has an answer other than NO_DATA (or 2026 when none has)
 * @param alarm  any of the years evaluated raises an alarm
 */
public record IndicatorReport(
        String code, String planCode, String category, String name, String parentName, String unit, String attribute,
        Baseline baseline, String targetText, String growthText, TypedTarget target, TypedTarget plannedTarget,
        String linkedIndicator, List<String> responsibleDepartments, List<IndicatorView.Figure> observations,
        List<TargetChange> targetChanges, List<IndicatorView.HistoryEntry> history, List<Evaluation> years,
        Evaluation latest, boolean alarm) {

    /** The 2025 column. */
    public record Baseline(String raw, BigDecimal value, List<String> flags) {
    }

    /** A target change with the target as an object. */
    public record TargetChange(String type, TypedTarget target, String reference, String reason, java.time.Instant at) {
    }
}
