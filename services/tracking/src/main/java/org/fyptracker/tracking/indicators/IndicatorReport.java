package org.fyptracker.tracking.indicators;

import java.math.BigDecimal;
import java.util.List;
import org.fyptracker.contracts.plans.TypedTarget;
import org.fyptracker.tracking.indicators.evaluation.Evaluation;
import org.fyptracker.tracking.indicators.evaluation.Trajectory;

/**
 * The answer of {@code GET /api/v1/tracking/indicators/{code}}: the indicator, its figures with what they
 * replaced, its target changes and history, and the evaluation of each year asked for.
 *
 * @param latest the latest year that has an answer other than NO_DATA (or 2026 when none has)
 * @param alarm  any of the years evaluated raises an alarm
 * @param trajectory the figures compared, year by year, against the target's line (for charts)
 */
public record IndicatorReport(
        String code, String planCode, String category, String name, String parentName, String unit, String attribute,
        Baseline baseline, String targetText, String growthText, TypedTarget target, TypedTarget plannedTarget,
        String linkedIndicator, List<String> responsibleDepartments, List<IndicatorView.Figure> observations,
        List<TargetChange> targetChanges, List<IndicatorView.HistoryEntry> history, List<Evaluation> years,
        Evaluation latest, boolean alarm, Trajectory trajectory) {

    /** The evaluation of one year, if it was evaluated. */
    public java.util.Optional<Evaluation> year(int year) {
        return years.stream().filter(e -> e.year() == year).findFirst();
    }

    /** The same report with only that year's evaluation (as {@code ?year=} answers). */
    public IndicatorReport onlyYear(int year) {
        Evaluation e = year(year).orElseThrow();
        return new IndicatorReport(code, planCode, category, name, parentName, unit, attribute, baseline, targetText,
                growthText, target, plannedTarget, linkedIndicator, responsibleDepartments, observations, targetChanges,
                history, List.of(e), e, e.alarm(), trajectory);
    }

    /**
     * What the public reads of it (docs/security.md): definition, targets, figures with the figures they
     * replaced, evaluations and trajectory; not the history (which client of which department wrote each event)
     * and not the reporters' notes on their figures.
     */
    public IndicatorReport published() {
        List<IndicatorView.Figure> figures = observations.stream().map(IndicatorView.Figure::withoutNote).toList();
        return new IndicatorReport(code, planCode, category, name, parentName, unit, attribute, baseline, targetText,
                growthText, target, plannedTarget, linkedIndicator, responsibleDepartments, figures, targetChanges,
                null, years, latest, alarm, trajectory);
    }

    public boolean binding() {
        return "BINDING".equals(attribute);
    }

    /** The 2025 column. */
    public record Baseline(String raw, BigDecimal value, List<String> flags) {
    }

    /** A target change with the target as an object. */
    public record TargetChange(String type, TypedTarget target, String reference, String reason, java.time.Instant at) {
    }
}
