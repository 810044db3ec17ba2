package org.fyptracker.tracking.indicators.evaluation;

import java.math.BigDecimal;

/**
 * The figure the evaluation uses for a year: the annual observation, or the latest quarter of that year
 * when no annual figure is in yet.
 *
 * @param period     the period it came from ("2026", "2026Q2")
 * @param laggedYear 错年值: the figure describes the year before its period
 */
public record Reading(String period, BigDecimal value, boolean laggedYear) {
}
