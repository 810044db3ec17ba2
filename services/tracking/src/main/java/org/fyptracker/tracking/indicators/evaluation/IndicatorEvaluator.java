package org.fyptracker.tracking.indicators.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * The evaluation of an indicator for a year of the plan: a deterministic function of its definition, its
 * figures and (for a linked target) the linked indicator's figures, so anyone holding the same numbers gets
 * the same answer. Rules by target type are in docs/indicators.md; each answer names its rule and numbers.
 * A binding (约束性) indicator that is BEHIND or OFF_TRACK raises an alarm.
 */
public final class IndicatorEvaluator {

    public static final int FIRST_YEAR = Rules.BASE_YEAR + 1;
    public static final int LAST_YEAR = Rules.FINAL_YEAR;

    private IndicatorEvaluator() {
    }

    /** Every year 2026–2030. */
    public static List<Evaluation> evaluateAll(Series own, Series linked) {
        List<Evaluation> years = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            years.add(evaluate(own, linked, year));
        }
        return years;
    }

    /** @param linked the indicator a Linked target names, or null (none, or not tracked) */
    public static Evaluation evaluate(Series own, Series linked, int year) {
        Evaluation e = byType(own, linked, year);
        boolean alarm = own.attribute() == IndicatorAttribute.BINDING
                && (e.status() == IndicatorStatus.BEHIND || e.status() == IndicatorStatus.OFF_TRACK);
        return new Evaluation(e.year(), e.status(), alarm, e.rule(), e.expected(), e.observed(), e.explanation());
    }

    private static Evaluation byType(Series own, Series linked, int year) {
        TypedTarget target = own.target();
        if (target instanceof TypedTarget.Qualitative q) {
            return new Evaluation(year, IndicatorStatus.NOT_SCORED, false, "qualitative", null,
                    own.reading(year).map(Reading::value).orElse(null), "the target is stated in words ("
                    + q.text() + "): figures are reported, never scored");
        }
        if (target instanceof TypedTarget.AssignedByHigherLevel a) {
            return new Evaluation(year, IndicatorStatus.PENDING_ASSIGNMENT, false, "assigned-by-higher-level", null,
                    own.reading(year).map(Reading::value).orElse(null), "“" + a.text()
                    + "”: pending until the " + a.level() + " assigns the number (TargetAssigned)");
        }
        if (target instanceof TypedTarget.AnnualGrowth g) {
            return GrowthRule.evaluate(own, g, year);
        }
        if (target instanceof TypedTarget.Cumulative c) {
            return CumulativeRule.evaluate(own, c, year);
        }
        if (target instanceof TypedTarget.Linked l) {
            return LinkedRule.evaluate(own, l, linked, year);
        }
        return LineRule.evaluate(own, year);
    }
}
