package org.fyptracker.tracking.indicators.evaluation;

import static org.fyptracker.tracking.indicators.evaluation.Rules.show;

import java.math.BigDecimal;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * Absolute, 左右 and bound (以上 / > / 不超过) targets: the straight line from the starting value (the
 * 2025 figure, or the plan's baseline) to the 2030 target gives each year's expected value. The direction
 * (higher or lower is better) is the line's own, or the bound's. A year's figure that already meets the
 * 2030 target is ACHIEVED; 左右 allows its tolerance either way.
 */
final class LineRule {

    static final String RULE = "straight-line";

    private LineRule() {
    }

    static Evaluation evaluate(Series own, int year) {
        Reading reading = own.reading(year).orElse(null);
        if (reading == null) {
            return Rules.noData(year, RULE, "no figure for " + year + " yet");
        }
        Bound bound = Bound.of(own.target());
        Series.Start start = own.start();
        int direction = bound.direction != 0 ? bound.direction : lineDirection(start, bound.value);
        BigDecimal tolerance = bound.tolerance;
        int dataYear = reading.laggedYear() ? year - 1 : year;
        BigDecimal observed = reading.value();
        String lag = reading.laggedYear() ? " (错年值: the " + reading.period() + " report holds " + dataYear + " data)" : "";

        if (bound.meets(observed, direction)) {
            BigDecimal expected = start == null ? bound.value : Rules.line(start.year(), start.value(), bound.value, dataYear);
            return new Evaluation(year, IndicatorStatus.ACHIEVED, false, RULE, Rules.round(expected), observed,
                    "observed " + show(observed) + lag + " already meets the 2030 target " + bound.describe());
        }
        if (start == null) {
            IndicatorStatus status = year >= Rules.FINAL_YEAR ? IndicatorStatus.OFF_TRACK : IndicatorStatus.BEHIND;
            return new Evaluation(year, status, false, RULE, null, observed, "observed " + show(observed) + lag
                    + " does not meet the 2030 target " + bound.describe()
                    + "; without a 2025 value no straight line can say how far along it should be");
        }
        BigDecimal expected = Rules.line(start.year(), start.value(), bound.value, dataYear);
        BigDecimal sign = BigDecimal.valueOf(direction);
        IndicatorStatus status = Rules.progress(start.value().multiply(sign), expected.multiply(sign),
                observed.multiply(sign), tolerance);
        return new Evaluation(year, status, false, RULE, Rules.round(expected), observed,
                "straight line from " + start.year() + " " + show(start.value()) + " (" + start.source() + ") to 2030 "
                        + bound.describe() + " expects " + show(expected) + " in " + dataYear + " ("
                        + (direction > 0 ? "higher" : "lower") + " is better"
                        + (tolerance.signum() > 0 ? ", 左右 ±" + show(tolerance) : "") + "); observed " + show(observed) + lag);
    }

    /** A target above the start is reached by rising, one below by falling (PM2.5); holding a level counts as rising. */
    private static int lineDirection(Series.Start start, BigDecimal target) {
        return start == null || target.compareTo(start.value()) >= 0 ? 1 : -1;
    }

    /** The target as a number, its direction (0: from the line), tolerance and whether it is exclusive. */
    private record Bound(BigDecimal value, int direction, BigDecimal tolerance, boolean exclusive, String text) {

        static Bound of(TypedTarget target) {
            if (target instanceof TypedTarget.Absolute a) {
                return new Bound(a.value(), 0, BigDecimal.ZERO, false, show(a.value()));
            }
            if (target instanceof TypedTarget.About a) {
                BigDecimal tolerance = a.tolerance() != null ? a.tolerance() : a.value().abs().multiply(Rules.ABOUT_SHARE);
                return new Bound(a.value(), 0, tolerance, false, show(a.value()) + "左右");
            }
            if (target instanceof TypedTarget.AtLeast a) {
                return new Bound(a.value(), 1, BigDecimal.ZERO, !a.inclusive(), (a.inclusive() ? "≥" : ">") + show(a.value()));
            }
            if (target instanceof TypedTarget.AtMost a) {
                return new Bound(a.value(), -1, BigDecimal.ZERO, !a.inclusive(), (a.inclusive() ? "≤" : "<") + show(a.value()));
            }
            throw new IllegalArgumentException("not a line target: " + target);
        }

        boolean meets(BigDecimal observed, int dir) {
            int c = observed.subtract(value).multiply(BigDecimal.valueOf(dir)).add(tolerance).compareTo(BigDecimal.ZERO);
            return exclusive ? c > 0 : c >= 0;
        }

        String describe() {
            return text;
        }
    }
}
