package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Resolve an open risk. */
public record ResolveRisk(
        @TargetAggregateIdentifier String projectId,
        String riskId,
        String resolution,
        LocalDate resolvedOn,
        Provenance provenance) {
}
