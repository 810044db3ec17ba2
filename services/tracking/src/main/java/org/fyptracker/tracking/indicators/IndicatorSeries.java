package org.fyptracker.tracking.indicators;

import java.util.HashMap;
import java.util.Map;
import org.fyptracker.contracts.indicators.ObservationPeriod;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.TypedTarget;
import org.fyptracker.tracking.indicators.evaluation.Reading;
import org.fyptracker.tracking.indicators.evaluation.Series;

/**
 * What the evaluation reads of a view: per year the annual figure, or, until it arrives, the latest quarter
 * of that year (not for a [累计] target, whose yearly amounts a quarter would only partly hold).
 */
final class IndicatorSeries {

    private IndicatorSeries() {
    }

    static Series of(IndicatorView view) {
        TypedTarget target = TargetJson.read(view.target);
        boolean quartersCount = !(target instanceof TypedTarget.Cumulative);
        Map<Integer, Reading> readings = new HashMap<>();
        Map<Integer, ObservationPeriod> from = new HashMap<>();
        for (IndicatorView.Figure figure : view.observations) {
            ObservationPeriod period = ObservationPeriod.parse(figure.period).orElse(null);
            if (period == null || (period.isQuarter() && !quartersCount)) {
                continue;
            }
            ObservationPeriod held = from.get(period.year());
            boolean better = held == null || (held.isQuarter() && (!period.isQuarter() || period.compareTo(held) > 0));
            if (better) {
                from.put(period.year(), period);
                readings.put(period.year(), new Reading(figure.period, figure.value, figure.laggedYear));
            }
        }
        return new Series(view.code, view.name, view.unit,
                view.attribute == null ? null : IndicatorAttribute.valueOf(view.attribute), view.baselineValue,
                view.baselineFlags.contains("LAGGED_YEAR"), target, readings);
    }
}
