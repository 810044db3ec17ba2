package org.fyptracker.contracts.indicators;

import java.math.BigDecimal;
import org.fyptracker.contracts.Provenance;

/**
 * What the statistics say an indicator was in a period.
 *
 * @param period     "2026" or "2026Q2" (see {@link ObservationPeriod})
 * @param laggedYear 错年值: the report for {@code period} holds the previous year's data
 */
public record ObservationRecorded(
        String indicatorCode,
        String period,
        BigDecimal value,
        ObservationKind kind,
        String source,
        boolean laggedYear,
        String note,
        String planCode,
        Provenance provenance) implements IndicatorEvent {
}
