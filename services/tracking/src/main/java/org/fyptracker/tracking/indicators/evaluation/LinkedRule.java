package org.fyptracker.tracking.indicators.evaluation;

import static org.fyptracker.tracking.indicators.evaluation.Rules.show;

import java.math.BigDecimal;
import org.fyptracker.contracts.plans.LinkRelation;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * Targets defined by another indicator, compared with that indicator's figure for the same year (the
 * other may be in another plan: a district indicator linked to the city's):
 * <ul>
 *   <li>与…同步 (SAME_AS): this growth keeps pace with the other's growth, within 0.5 points;</li>
 *   <li>高于…N个百分点 (ABOVE_BY): this growth is at least the other's plus N (左右: within 0.5 points);</li>
 *   <li>不超过… (NOT_EXCEEDING): this figure is at most the other's; a ceiling holds or it does not.</li>
 * </ul>
 * Growth is the figure itself for a rate row (…增长, %), otherwise the growth of the level over the year before.
 * Short of the expected growth: BEHIND with at least half of it, else OFF_TRACK. In 2030 on track is ACHIEVED.
 */
final class LinkedRule {

    static final String RULE = "linked";

    private LinkedRule() {
    }

    static Evaluation evaluate(Series own, TypedTarget.Linked target, Series other, int year) {
        String rule = RULE + "-" + target.relation().name().toLowerCase().replace('_', '-');
        if (own.reading(year).isEmpty()) {
            return Rules.noData(year, rule, "no figure for " + year + " yet");
        }
        if (other == null) {
            return Rules.noData(year, rule, "the linked indicator " + (target.linkedIndicatorCode() == null
                    ? "'" + target.reference() + "' has no code yet" : target.linkedIndicatorCode() + " is not tracked"));
        }
        boolean levels = target.relation() == LinkRelation.NOT_EXCEEDING;
        BigDecimal theirs = levels ? other.reading(year).map(Reading::value).orElse(null) : growthOf(other, year);
        if (theirs == null) {
            return Rules.noData(year, rule, "waiting for " + other.code() + " " + other.name() + "'s " + year + " figure");
        }
        BigDecimal ours = levels ? own.reading(year).get().value() : growthOf(own, year);
        if (ours == null) {
            return Rules.noData(year, rule, "no " + (year - 1) + " value to measure " + own.code() + "'s growth from");
        }
        String what = levels ? "" : " growth";
        if (levels) {
            IndicatorStatus status = ours.compareTo(theirs) <= 0 ? finalYear(IndicatorStatus.ON_TRACK, year) : IndicatorStatus.OFF_TRACK;
            return new Evaluation(year, status, false, rule, theirs, ours, "observed " + show(ours) + " against at most "
                    + other.code() + " " + other.name() + " " + show(theirs) + " in " + year);
        }
        BigDecimal points = target.relation() == LinkRelation.ABOVE_BY && target.points() != null ? target.points() : BigDecimal.ZERO;
        BigDecimal expected = theirs.add(points);
        BigDecimal tolerance = target.relation() == LinkRelation.SAME_AS || target.qualifier() == Qualifier.ABOUT
                ? Rules.ABOUT_POINTS : BigDecimal.ZERO;
        IndicatorStatus status = expected.signum() > 0
                ? Rules.progress(BigDecimal.ZERO, expected, ours, tolerance)
                : ours.compareTo(expected.subtract(tolerance)) >= 0 ? IndicatorStatus.ON_TRACK : IndicatorStatus.BEHIND;
        return new Evaluation(year, finalYear(status, year), false, rule, Rules.round(expected), Rules.round(ours),
                "observed" + what + " " + show(ours) + "% against " + other.code() + " " + other.name() + what + " "
                        + show(theirs) + "%" + (points.signum() != 0 ? " + " + show(points) + " points" : "")
                        + " in " + year + (tolerance.signum() > 0 ? " (within ±" + show(tolerance) + " points)" : ""));
    }

    /** The growth in % a series shows in {@code year}: its figure for a rate row, else the level's growth over the year before. */
    static BigDecimal growthOf(Series series, int year) {
        Reading reading = series.reading(year).orElse(null);
        if (reading == null) {
            return null;
        }
        if (series.isRate()) {
            return reading.value();
        }
        BigDecimal before = series.reading(year - 1).map(Reading::value)
                .orElseGet(() -> year - 1 == Rules.BASE_YEAR && series.start() != null ? series.start().value() : null);
        return before == null || before.signum() == 0 ? null : Rules.growth(before, reading.value());
    }

    private static IndicatorStatus finalYear(IndicatorStatus status, int year) {
        return status == IndicatorStatus.ON_TRACK && year >= Rules.FINAL_YEAR ? IndicatorStatus.ACHIEVED : status;
    }
}
