package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Mark the project suspended (no reports accepted until it resumes) (a reason is required). */
public record SuspendKeyProject(
        @TargetAggregateIdentifier String projectId,
        String reason,
        LocalDate effectiveOn,
        Provenance provenance) {
}
