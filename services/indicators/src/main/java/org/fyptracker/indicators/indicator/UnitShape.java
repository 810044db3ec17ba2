package org.fyptracker.indicators.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.fyptracker.contracts.RuleViolation;

/**
 * Whether a value has the shape the indicator's unit allows: a share in % lies in 0–100, a growth rate in %
 * is not below -100, 百分点 lie in -100–100, counts of 家 / 人次 are whole, years and ages are plausible,
 * every other amount is not negative. A value in the wrong shape is usually a value in the wrong unit
 * (0.7499 for 74.99 %, 元 for 亿元), so it is refused rather than stored.
 */
final class UnitShape {

    private static final int MAX_DECIMALS = 4;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Set<String> WHOLE_COUNTS = Set.of("家", "人次");

    private UnitShape() {
    }

    static void check(String unit, String indicatorName, BigDecimal value) {
        violation(unit, indicatorName, value).ifPresent(v -> {
            throw v;
        });
    }

    static Optional<RuleViolation> violation(String unit, String indicatorName, BigDecimal value) {
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return fail("value-precision", "at most " + MAX_DECIMALS + " decimal places, not " + value.toPlainString());
        }
        String u = unit == null ? "" : unit.strip();
        if (u.equals("%") && isRate(indicatorName)) {
            return value.compareTo(HUNDRED.negate()) < 0
                    ? fail("growth-rate-not-below-minus-100", "a growth rate in % cannot fall below -100, not " + value.toPlainString())
                    : Optional.empty();
        }
        if (u.equals("%")) {
            return between(value, BigDecimal.ZERO, HUNDRED) ? Optional.empty()
                    : fail("percent-between-0-and-100", "a share in % lies between 0 and 100 (74.99, not 0.7499); got " + value.toPlainString());
        }
        if (u.equals("百分点")) {
            return between(value, HUNDRED.negate(), HUNDRED) ? Optional.empty()
                    : fail("points-between-minus-100-and-100", "百分点 lie between -100 and 100; got " + value.toPlainString());
        }
        if (WHOLE_COUNTS.contains(u) && value.stripTrailingZeros().scale() > 0) {
            return fail("whole-number-for-count", "a count in " + u + " is a whole number; got " + value.toPlainString());
        }
        if (value.signum() < 0) {
            return fail("value-not-negative", "an amount in " + u + " cannot be negative; got " + value.toPlainString());
        }
        if (u.equals("年") && value.compareTo(new BigDecimal("30")) > 0) {
            return fail("years-of-schooling-plausible", "average years of schooling above 30 is not plausible; got " + value.toPlainString());
        }
        if (u.equals("岁") && value.compareTo(new BigDecimal("150")) > 0) {
            return fail("age-plausible", "an age above 150 is not plausible; got " + value.toPlainString());
        }
        return Optional.empty();
    }

    /** 增长 / 降低 / 增速 rows state a rate of change, which may be negative. */
    static boolean isRate(String indicatorName) {
        return indicatorName != null && (indicatorName.contains("增长") || indicatorName.contains("降低")
                || indicatorName.contains("增速"));
    }

    private static boolean between(BigDecimal value, BigDecimal low, BigDecimal high) {
        return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }

    private static Optional<RuleViolation> fail(String rule, String detail) {
        return Optional.of(RuleViolation.invalid(rule, "value", detail));
    }
}
