package org.fyptracker.contracts.plans;

/**
 * A row of the previous plan's completion table (十四五 完成情况): what was planned and what was achieved,
 * all cells raw as written.
 */
public record HistoricalIndicator(
        String code,
        int number,
        String category,
        String name,
        String unit,
        String planned2025,
        String plannedGrowth,
        String actual2025,
        String actualGrowth,
        IndicatorAttribute attribute,
        int lineNumber) {
}
