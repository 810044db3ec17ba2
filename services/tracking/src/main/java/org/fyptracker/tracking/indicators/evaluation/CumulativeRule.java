package org.fyptracker.tracking.indicators.evaluation;

import static org.fyptracker.tracking.indicators.evaluation.Rules.show;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * [x] targets, x in total over 2026–2030 (城镇新增就业人数 [60]): each year's figure is that year's amount;
 * their running sum is compared with the pro-rata share of the total, x × (year − 2025) / 5. A year not
 * reported counts as nothing and is named. The total reached is ACHIEVED.
 */
final class CumulativeRule {

    static final String RULE = "cumulative-pro-rata";

    private CumulativeRule() {
    }

    static Evaluation evaluate(Series own, TypedTarget.Cumulative target, int year) {
        if (own.reading(year).isEmpty()) {
            return Rules.noData(year, RULE, "no figure for " + year + " yet");
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> missing = new ArrayList<>();
        for (int y = Rules.BASE_YEAR + 1; y <= year; y++) {
            Reading reading = own.reading(y).orElse(null);
            if (reading == null) {
                missing.add(Integer.toString(y));
            } else {
                sum = sum.add(reading.value());
            }
        }
        BigDecimal total = target.value();
        BigDecimal share = Rules.divide(total.multiply(BigDecimal.valueOf(year - Rules.BASE_YEAR)),
                BigDecimal.valueOf(Rules.FINAL_YEAR - Rules.BASE_YEAR));
        BigDecimal tolerance = target.qualifier() == Qualifier.ABOUT ? total.abs().multiply(Rules.ABOUT_SHARE) : BigDecimal.ZERO;
        IndicatorStatus status = sum.compareTo(total.subtract(tolerance)) >= 0 ? IndicatorStatus.ACHIEVED
                : Rules.progress(BigDecimal.ZERO, share, sum, tolerance);
        return new Evaluation(year, status, false, RULE, Rules.round(share), sum,
                "running sum 2026–" + year + " " + show(sum) + " against " + show(share) + ", the pro-rata share of ["
                        + show(total) + "] after " + (year - Rules.BASE_YEAR) + " of 5 years"
                        + (missing.isEmpty() ? "" : "; not reported, counted as 0: " + String.join(", ", missing)));
    }
}
