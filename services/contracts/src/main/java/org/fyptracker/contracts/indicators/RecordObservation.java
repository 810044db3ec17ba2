package org.fyptracker.contracts.indicators;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/**
 * Report what the statistics say for a period. A FINAL figure for a period that holds a preliminary or
 * estimated one revises it.
 */
public record RecordObservation(
        @TargetAggregateIdentifier String indicatorCode,
        String period,
        BigDecimal value,
        ObservationKind kind,
        String source,
        boolean laggedYear,
        String note,
        Provenance provenance) {
}
