package org.fyptracker.tracking.indicators.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * What a chart of the indicator shows: the figures the evaluation compared, year by year, against the line
 * the target draws. A pure function of the series and its evaluations, so the chart says what the
 * evaluation says.
 *
 * @param measure  what the values are: {@code level} (straight-line targets), {@code growth %} (annual
 *                 growth and linked targets: the rate compared), {@code running sum} (cumulative targets)
 * @param observed year → the value compared (for a lagged figure: the year it describes); the start (2025
 *                 figure or plan baseline) first, for levels
 * @param target   year → where the target needs it to be; empty when the target is not a number
 */
public record Trajectory(String measure, List<Point> observed, List<Point> target) {

    /** One value of one year. */
    public record Point(int year, BigDecimal value) {
    }

    public static Trajectory of(Series own, List<Evaluation> years) {
        TypedTarget t = own.target();
        List<Point> observed = new ArrayList<>();
        List<Point> target = new ArrayList<>();
        BigDecimal bound = t instanceof TypedTarget.Absolute a ? a.value() : t instanceof TypedTarget.About a ? a.value()
                : t instanceof TypedTarget.AtLeast a ? a.value() : t instanceof TypedTarget.AtMost a ? a.value() : null;
        if (bound != null) {
            Series.Start start = own.start();
            if (start != null) {
                observed.add(new Point(start.year(), start.value()));
                for (int y = start.year(); y <= Rules.FINAL_YEAR; y++) {
                    target.add(new Point(y, Rules.round(Rules.line(start.year(), start.value(), bound, y))));
                }
            } else {
                for (int y = Rules.BASE_YEAR + 1; y <= Rules.FINAL_YEAR; y++) {
                    target.add(new Point(y, bound));
                }
            }
            for (int y = Rules.BASE_YEAR + 1; y <= Rules.FINAL_YEAR; y++) {
                final int year = y;
                own.reading(y).ifPresent(r -> observed.add(new Point(r.laggedYear() ? year - 1 : year, r.value())));
            }
            observed.sort(java.util.Comparator.comparingInt(Point::year));
            return new Trajectory("level", dedupe(observed), target);
        }
        for (Evaluation e : years) {
            if (e.observed() != null && e.status() != IndicatorStatus.NO_DATA) {
                observed.add(new Point(e.year(), e.observed()));
            }
        }
        if (t instanceof TypedTarget.Cumulative c) {
            for (int y = Rules.BASE_YEAR; y <= Rules.FINAL_YEAR; y++) {
                target.add(new Point(y, Rules.round(c.value().multiply(BigDecimal.valueOf(y - Rules.BASE_YEAR))
                        .divide(BigDecimal.valueOf(Rules.FINAL_YEAR - Rules.BASE_YEAR), java.math.MathContext.DECIMAL64))));
            }
            return new Trajectory("running sum", observed, target);
        }
        if (t instanceof TypedTarget.AnnualGrowth g) {
            for (int y = Rules.BASE_YEAR + 1; y <= Rules.FINAL_YEAR; y++) {
                target.add(new Point(y, g.percent()));
            }
            return new Trajectory("growth %", observed, target);
        }
        for (Evaluation e : years) {
            if (e.expected() != null) {
                target.add(new Point(e.year(), e.expected()));
            }
        }
        return new Trajectory(t instanceof TypedTarget.Linked ? "growth %" : "level", observed, target);
    }

    /** A lagged figure and the next year's own figure may describe the same year: keep the later report. */
    private static List<Point> dedupe(List<Point> points) {
        java.util.Map<Integer, Point> byYear = new java.util.TreeMap<>();
        points.forEach(p -> byYear.put(p.year(), p));
        return List.copyOf(byYear.values());
    }
}
