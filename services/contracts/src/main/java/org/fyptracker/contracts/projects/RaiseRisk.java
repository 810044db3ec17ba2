package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Raise a risk to the project. */
public record RaiseRisk(
        @TargetAggregateIdentifier String projectId,
        String riskId,
        RiskSeverity severity,
        String description,
        LocalDate raisedOn,
        Provenance provenance) {
}
