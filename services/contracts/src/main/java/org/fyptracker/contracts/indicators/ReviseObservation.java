package org.fyptracker.contracts.indicators;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Replace the figure of a period that already has one, saying why; the earlier figure stays in history. */
public record ReviseObservation(
        @TargetAggregateIdentifier String indicatorCode,
        String period,
        BigDecimal value,
        ObservationKind kind,
        String source,
        boolean laggedYear,
        String note,
        String reason,
        Provenance provenance) {
}
