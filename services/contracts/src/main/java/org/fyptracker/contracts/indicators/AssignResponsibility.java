package org.fyptracker.contracts.indicators;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Name the departments responsible for an indicator from now on. */
public record AssignResponsibility(
        @TargetAggregateIdentifier String indicatorCode,
        List<String> departments,
        String reason,
        Provenance provenance) {
}
