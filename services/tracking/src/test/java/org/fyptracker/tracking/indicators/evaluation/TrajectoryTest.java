package org.fyptracker.tracking.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    private static Series series(String name, String unit, String baseline, TypedTarget target, Map<Integer, Reading> readings) {
        return new Series("FZ-15.I04", name, unit, IndicatorAttribute.EXPECTED, baseline == null ? null : new BigDecimal(baseline),
                false, target, readings);
    }

    private static Reading reading(int year, String value) {
        return new Reading(String.valueOf(year), new BigDecimal(value), false);
    }

    @Test
    void a_straight_line_target_draws_the_line_from_the_start_to_2030_and_the_figures_from_the_start() {
        Series s = series("常住人口城镇化率", "%", "74.99", new TypedTarget.Absolute(new BigDecimal("76"), "%"),
                Map.of(2026, reading(2026, "75.25")));
        Trajectory t = Trajectory.of(s, IndicatorEvaluator.evaluateAll(s, null));
        assertThat(t.measure()).isEqualTo("level");
        assertThat(t.target()).hasSize(6);
        assertThat(t.target().get(1)).isEqualTo(new Trajectory.Point(2026, new BigDecimal("75.192")));
        assertThat(t.target().get(5).value()).isEqualByComparingTo("76");
        assertThat(t.observed()).containsExactly(new Trajectory.Point(2025, new BigDecimal("74.99")),
                new Trajectory.Point(2026, new BigDecimal("75.25")));
    }

    @Test
    void a_cumulative_target_compares_the_running_sum_with_the_pro_rata_line() {
        Series s = series("城镇新增就业人数", "万人", null, new TypedTarget.Cumulative(new BigDecimal("60"), Qualifier.EXACT),
                Map.of(2026, reading(2026, "13.2"), 2027, reading(2027, "9.0")));
        Trajectory t = Trajectory.of(s, IndicatorEvaluator.evaluateAll(s, null));
        assertThat(t.measure()).isEqualTo("running sum");
        assertThat(t.target().get(2).value()).isEqualByComparingTo("24");
        assertThat(t.observed()).extracting(p -> p.value().stripTrailingZeros().toPlainString()).containsExactly("13.2", "22.2");
    }

    @Test
    void an_annual_growth_target_is_a_flat_line_at_the_rate() {
        Series s = series("地区生产总值增长", "%", "5.5", new TypedTarget.AnnualGrowth(new BigDecimal("5.5"), Qualifier.ABOUT),
                Map.of(2026, reading(2026, "5.6")));
        Trajectory t = Trajectory.of(s, IndicatorEvaluator.evaluateAll(s, null));
        assertThat(t.measure()).isEqualTo("growth %");
        assertThat(t.target()).allSatisfy(p -> assertThat(p.value()).isEqualByComparingTo("5.5"));
        assertThat(t.observed()).singleElement().satisfies(p -> assertThat(p.year()).isEqualTo(2026));
    }
}
