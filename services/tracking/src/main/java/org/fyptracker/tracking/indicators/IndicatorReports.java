package org.fyptracker.tracking.indicators;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fyptracker.contracts.plans.TypedTarget;
import org.fyptracker.tracking.indicators.evaluation.Evaluation;
import org.fyptracker.tracking.indicators.evaluation.IndicatorEvaluator;
import org.fyptracker.tracking.indicators.evaluation.IndicatorStatus;
import org.fyptracker.tracking.indicators.evaluation.Series;
import org.fyptracker.tracking.indicators.evaluation.Trajectory;
import org.springframework.stereotype.Component;

/**
 * Evaluates indicators as they stand in the read model, or as they stood at a past time. A linked
 * indicator's figures are read from the linked indicator's view as of the same time, whichever plan it
 * belongs to (a GL-15 row may be linked to an FZ-15 one).
 */
@Component
public class IndicatorReports {

    private final IndicatorViews views;

    public IndicatorReports(IndicatorViews views) {
        this.views = views;
    }

    public Optional<IndicatorReport> of(String code, Integer year) {
        return of(code, year, null);
    }

    /** @param before null for now */
    public Optional<IndicatorReport> of(String code, Integer year, Instant before) {
        Map<String, IndicatorView> all = views.all(before);
        return Optional.ofNullable(all.get(code)).map(view -> report(view, year, all));
    }

    /** The indicators of a plan (or all), in code order, each evaluated for the year (or every year); no history. */
    public List<IndicatorReport> ofPlan(String plan, Integer year) {
        return ofPlan(plan, year, null);
    }

    /** @param before null for now */
    public List<IndicatorReport> ofPlan(String plan, Integer year, Instant before) {
        Map<String, IndicatorView> all = views.all(before);
        return all.values().stream().filter(v -> plan == null || plan.equals(v.planCode))
                .map(v -> report(v, year, all))
                .map(IndicatorReports::withoutHistory)
                .toList();
    }

    private static IndicatorReport withoutHistory(IndicatorReport r) {
        return new IndicatorReport(r.code(), r.planCode(), r.category(), r.name(), r.parentName(), r.unit(), r.attribute(),
                r.baseline(), r.targetText(), r.growthText(), r.target(), r.plannedTarget(), r.linkedIndicator(),
                r.responsibleDepartments(), r.observations(), r.targetChanges(), null, r.years(), r.latest(), r.alarm(),
                r.trajectory());
    }

    private static IndicatorReport report(IndicatorView view, Integer year, Map<String, IndicatorView> all) {
        Series own = IndicatorSeries.of(view);
        String linkedCode = own.target() instanceof TypedTarget.Linked l ? l.linkedIndicatorCode() : null;
        Series linked = linkedCode == null ? null
                : Optional.ofNullable(all.get(linkedCode)).map(IndicatorSeries::of).orElse(null);
        List<Evaluation> every = IndicatorEvaluator.evaluateAll(own, linked);
        List<Evaluation> years = year == null ? every : List.of(IndicatorEvaluator.evaluate(own, linked, year));
        Evaluation latest = years.stream().filter(e -> e.status() != IndicatorStatus.NO_DATA)
                .max(Comparator.comparingInt(Evaluation::year)).orElse(years.get(0));
        return new IndicatorReport(view.code, view.planCode, view.category, view.name, view.parentName, view.unit,
                view.attribute, new IndicatorReport.Baseline(view.baselineRaw, view.baselineValue, view.baselineFlags),
                view.targetText, view.growthText, own.target(), TargetJson.read(view.plannedTarget), linkedCode,
                view.responsibleDepartments, view.observations,
                view.targetChanges.stream().map(c -> new IndicatorReport.TargetChange(c.type, TargetJson.read(c.target),
                        c.reference, c.reason, c.at)).toList(),
                view.history, years, latest, years.stream().anyMatch(Evaluation::alarm), Trajectory.of(own, every));
    }
}
