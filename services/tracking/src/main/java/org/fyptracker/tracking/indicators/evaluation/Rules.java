package org.fyptracker.tracking.indicators.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The constants every rule shares (docs/indicators.md states them) and the arithmetic they use. */
final class Rules {

    static final int BASE_YEAR = 2025;
    static final int FINAL_YEAR = 2030;
    /** With at least this share of the expected progress made, a shortfall is BEHIND; with less, OFF_TRACK. */
    static final BigDecimal BEHIND_FROM = new BigDecimal("0.5");
    /** 左右 on a value, when the plan sets no tolerance: 2 % of the target. */
    static final BigDecimal ABOUT_SHARE = new BigDecimal("0.02");
    /** 左右 on a rate, and keeping pace (同步) with another rate: within 0.5 percentage points. */
    static final BigDecimal ABOUT_POINTS = new BigDecimal("0.5");

    private static final MathContext MATH = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Rules() {
    }

    static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static String show(BigDecimal value) {
        return value == null ? "—" : round(value).toPlainString();
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, MATH);
    }

    /** The straight line from (startYear, start) to (2030, target), at {@code year}. */
    static BigDecimal line(int startYear, BigDecimal start, BigDecimal target, int year) {
        BigDecimal share = divide(BigDecimal.valueOf(year - startYear), BigDecimal.valueOf(FINAL_YEAR - startYear));
        return start.add(target.subtract(start).multiply(share, MATH), MATH);
    }

    /** Growth in % from {@code from} to {@code to}. */
    static BigDecimal growth(BigDecimal from, BigDecimal to) {
        return divide(to.subtract(from), from).multiply(HUNDRED, MATH);
    }

    /** The yearly rate in % that turns {@code from} into {@code to} over {@code years} (StrictMath: same answer everywhere). */
    static BigDecimal compoundRate(BigDecimal from, BigDecimal to, int years) {
        double ratio = to.doubleValue() / from.doubleValue();
        return BigDecimal.valueOf((StrictMath.pow(ratio, 1.0 / years) - 1) * 100);
    }

    /** The average yearly rate of several yearly rates in %, compounded. */
    static BigDecimal compoundAverage(java.util.List<BigDecimal> ratesInPercent) {
        double product = 1;
        for (BigDecimal rate : ratesInPercent) {
            product *= 1 + rate.doubleValue() / 100;
        }
        return BigDecimal.valueOf((StrictMath.pow(product, 1.0 / ratesInPercent.size()) - 1) * 100);
    }

    /**
     * The status of a figure against this year's expected value, higher being better: at or above
     * {@code expected - tolerance} is ON_TRACK; otherwise BEHIND with at least {@link #BEHIND_FROM} of the
     * progress expected since {@code start}, else OFF_TRACK (also when no progress was needed at all).
     */
    static IndicatorStatus progress(BigDecimal start, BigDecimal expected, BigDecimal actual, BigDecimal tolerance) {
        if (actual.compareTo(expected.subtract(tolerance)) >= 0) {
            return IndicatorStatus.ON_TRACK;
        }
        BigDecimal needed = expected.subtract(start);
        if (needed.signum() <= 0) {
            return IndicatorStatus.OFF_TRACK;
        }
        BigDecimal made = divide(actual.subtract(start), needed);
        return made.compareTo(BEHIND_FROM) >= 0 ? IndicatorStatus.BEHIND : IndicatorStatus.OFF_TRACK;
    }

    static Evaluation noData(int year, String rule, String why) {
        return new Evaluation(year, IndicatorStatus.NO_DATA, false, rule, null, null, why);
    }
}
