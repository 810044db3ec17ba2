package org.fyptracker.contracts.indicators;

import java.math.BigDecimal;
import org.fyptracker.contracts.Provenance;

/**
 * A period's figure was replaced, typically the final 统计年鉴 figure replacing the 快报 one. The earlier
 * value and kind travel with it, so the history keeps both.
 */
public record ObservationRevised(
        String indicatorCode,
        String period,
        BigDecimal previousValue,
        ObservationKind previousKind,
        BigDecimal value,
        ObservationKind kind,
        String source,
        boolean laggedYear,
        String note,
        String reason,
        String planCode,
        Provenance provenance) implements IndicatorEvent {
}
