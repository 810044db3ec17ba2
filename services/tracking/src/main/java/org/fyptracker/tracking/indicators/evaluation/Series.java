package org.fyptracker.tracking.indicators.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * What the evaluation knows of one indicator: its definition and its figures by year.
 *
 * @param baseline       the 2025 value from the plan, or null where the plan has none
 * @param baselineLagged the plan's 2025 column holds 2024 data (错年值)
 * @param readings       year → the figure for that year; 2025 holds the revised baseline if recorded
 */
public record Series(String code, String name, String unit, IndicatorAttribute attribute, BigDecimal baseline,
                     boolean baselineLagged, TypedTarget target, Map<Integer, Reading> readings) {

    public Series {
        readings = Map.copyOf(readings);
    }

    public Optional<Reading> reading(int year) {
        return Optional.ofNullable(readings.get(year));
    }

    /** 增长 / 增速 / 降低 rows in % state a rate of change: each figure is already a growth rate. */
    public boolean isRate() {
        boolean percent = unit != null && (unit.strip().equals("%") || unit.strip().equals("百分点"));
        return percent && name != null && (name.contains("增长") || name.contains("增速") || name.contains("降低"));
    }

    /**
     * The starting point: the 2025 figure once statistics report it (final figures revise the plan's
     * preliminary 2025 column), otherwise the plan's baseline; null when there is neither.
     */
    public Start start() {
        Reading revised = readings.get(Rules.BASE_YEAR);
        if (revised != null) {
            return new Start(revised.laggedYear() ? Rules.BASE_YEAR - 1 : Rules.BASE_YEAR, revised.value(), "2025 figure");
        }
        if (baseline == null) {
            return null;
        }
        return new Start(baselineLagged ? Rules.BASE_YEAR - 1 : Rules.BASE_YEAR, baseline, "plan baseline");
    }

    /** A starting value and the year it describes. */
    public record Start(int year, BigDecimal value, String source) {
    }
}
