package org.fyptracker.tracking.indicators;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.fyptracker.contracts.plans.TypedTarget;
import org.fyptracker.tracking.indicators.evaluation.Evaluation;
import org.fyptracker.tracking.indicators.evaluation.IndicatorEvaluator;
import org.fyptracker.tracking.indicators.evaluation.IndicatorStatus;
import org.fyptracker.tracking.indicators.evaluation.Series;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Evaluates indicators as they stand in the read model. A linked indicator's figures are read from the
 * linked indicator's view, whichever plan it belongs to (a GL-15 row may be linked to an FZ-15 one).
 */
@Component
public class IndicatorReports {

    private final MongoTemplate mongo;

    public IndicatorReports(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<IndicatorReport> of(String code, Integer year) {
        return Optional.ofNullable(mongo.findById(code, IndicatorView.class)).map(view -> report(view, year));
    }

    /** The indicators of a plan (or all), in code order, each evaluated for the year (or every year); no history. */
    public List<IndicatorReport> ofPlan(String plan, Integer year) {
        Query query = plan == null ? new Query() : Query.query(Criteria.where("planCode").is(plan));
        query.fields().exclude("history");
        return mongo.find(query.with(Sort.by("_id")), IndicatorView.class).stream().map(v -> {
            v.history = null; // not loaded: the list answers without it
            return report(v, year);
        }).toList();
    }

    private IndicatorReport report(IndicatorView view, Integer year) {
        Series own = IndicatorSeries.of(view);
        String linkedCode = own.target() instanceof TypedTarget.Linked l ? l.linkedIndicatorCode() : null;
        Series linked = linkedCode == null ? null
                : Optional.ofNullable(mongo.findById(linkedCode, IndicatorView.class)).map(IndicatorSeries::of).orElse(null);
        List<Evaluation> years = year == null ? IndicatorEvaluator.evaluateAll(own, linked)
                : List.of(IndicatorEvaluator.evaluate(own, linked, year));
        Evaluation latest = years.stream().filter(e -> e.status() != IndicatorStatus.NO_DATA)
                .max(Comparator.comparingInt(Evaluation::year)).orElse(years.get(0));
        return new IndicatorReport(view.code, view.planCode, view.category, view.name, view.parentName, view.unit,
                view.attribute, new IndicatorReport.Baseline(view.baselineRaw, view.baselineValue, view.baselineFlags),
                view.targetText, view.growthText, own.target(), TargetJson.read(view.plannedTarget), linkedCode,
                view.responsibleDepartments, view.observations,
                view.targetChanges.stream().map(c -> new IndicatorReport.TargetChange(c.type, TargetJson.read(c.target),
                        c.reference, c.reason, c.at)).toList(),
                view.history, years, latest, years.stream().anyMatch(Evaluation::alarm));
    }
}
