package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Mark the project resumed after a suspension (a reason is required). */
public record ResumeKeyProject(
        @TargetAggregateIdentifier String projectId,
        String reason,
        LocalDate effectiveOn,
        Provenance provenance) {
}
