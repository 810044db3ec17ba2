package org.fyptracker.tracking.indicators.evaluation;

import java.math.BigDecimal;

/**
 * The answer for one indicator and one year, with what produced it.
 *
 * @param rule        the rule applied, e.g. {@code straight-line}, {@code cumulative-pro-rata}
 * @param expected    where the target needs the indicator to be this year (null when no number applies)
 * @param observed    the figure the rule compared (a level, a growth rate or a running sum, as the rule says)
 * @param explanation the comparison in one sentence, numbers included
 * @param alarm       a binding (约束性) indicator that is behind or off track
 */
public record Evaluation(int year, IndicatorStatus status, boolean alarm, String rule, BigDecimal expected,
                         BigDecimal observed, String explanation) {
}
