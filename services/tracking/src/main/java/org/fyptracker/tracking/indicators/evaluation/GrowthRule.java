package org.fyptracker.tracking.indicators.evaluation;

import static org.fyptracker.tracking.indicators.evaluation.Rules.show;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * 年均增长 targets: the average yearly growth since 2025, compounded, against the rate. For a row that
 * states a rate (地区生产总值增长, unit %) each year's figure is that year's growth and the average
 * compounds the years reported so far; for a level (亿元, 件) the growth is compounded from the starting
 * value to this year's figure. 左右 allows 0.5 points; 以上 / > / exact need the rate itself; a rate that
 * is a ceiling (不超过) is on track at or below it. ACHIEVED is a 2030 answer: the five-year average meets the rate.
 */
final class GrowthRule {

    static final String RULE = "annual-growth";

    private GrowthRule() {
    }

    static Evaluation evaluate(Series own, TypedTarget.AnnualGrowth target, int year) {
        Reading reading = own.reading(year).orElse(null);
        if (reading == null) {
            return Rules.noData(year, RULE, "no figure for " + year + " yet");
        }
        Average average = own.isRate() ? ofRates(own, year) : ofLevels(own, reading, year);
        if (average == null) {
            return Rules.noData(year, RULE, "no 2025 value to measure the growth of " + show(reading.value()) + " from");
        }
        BigDecimal rate = target.percent();
        boolean ceiling = target.qualifier() == Qualifier.AT_MOST || target.qualifier() == Qualifier.LESS_THAN;
        BigDecimal tolerance = target.qualifier() == Qualifier.ABOUT ? Rules.ABOUT_POINTS : BigDecimal.ZERO;
        IndicatorStatus status = ceiling
                ? (average.rate.compareTo(rate) <= 0 ? IndicatorStatus.ON_TRACK : IndicatorStatus.OFF_TRACK)
                : Rules.progress(BigDecimal.ZERO, rate, average.rate, tolerance);
        if (status == IndicatorStatus.ON_TRACK && year >= Rules.FINAL_YEAR) {
            status = IndicatorStatus.ACHIEVED;
        }
        return new Evaluation(year, status, false, RULE, rate, Rules.round(average.rate),
                "average yearly growth " + show(average.rate) + "% (" + average.how + ") against the rate "
                        + show(rate) + "%" + qualifierWords(target.qualifier()));
    }

    private record Average(BigDecimal rate, String how) {
    }

    private static Average ofRates(Series own, int year) {
        List<BigDecimal> rates = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int y = Rules.BASE_YEAR + 1; y <= year; y++) {
            own.reading(y).ifPresent(r -> {
                rates.add(r.value());
                shown.add(r.period() + ": " + show(r.value()) + "%");
            });
        }
        return new Average(Rules.compoundAverage(rates), "compounded over " + String.join(", ", shown));
    }

    private static Average ofLevels(Series own, Reading reading, int year) {
        Series.Start start = own.start();
        int dataYear = reading.laggedYear() ? year - 1 : year;
        if (start == null || start.value().signum() <= 0 || dataYear <= start.year()) {
            return null;
        }
        BigDecimal rate = Rules.compoundRate(start.value(), reading.value(), dataYear - start.year());
        return new Average(rate, "from " + start.year() + " " + show(start.value()) + " to " + dataYear + " "
                + show(reading.value()));
    }

    private static String qualifierWords(Qualifier qualifier) {
        return switch (qualifier) {
            case ABOUT -> " 左右 (±" + show(Rules.ABOUT_POINTS) + " points)";
            case AT_LEAST -> " 以上";
            case MORE_THAN -> " (more than)";
            case AT_MOST, LESS_THAN -> " at most";
            case EXACT -> "";
        };
    }
}
