package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Say that a milestone was reached. */
public record AchieveMilestone(
        @TargetAggregateIdentifier String projectId,
        String milestoneId,
        String reportId,
        LocalDate achievedOn,
        String narrative,
        Provenance provenance) {
}
