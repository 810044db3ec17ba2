package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Move a milestone's planned date (a reason is required). */
public record RescheduleMilestone(
        @TargetAggregateIdentifier String projectId,
        String milestoneId,
        LocalDate newDate,
        String reason,
        Provenance provenance) {
}
