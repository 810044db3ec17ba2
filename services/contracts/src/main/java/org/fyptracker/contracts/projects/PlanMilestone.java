package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Plan a milestone of a project. */
public record PlanMilestone(
        @TargetAggregateIdentifier String projectId,
        String milestoneId,
        String title,
        LocalDate plannedDate,
        int weight,
        Provenance provenance) {
}
