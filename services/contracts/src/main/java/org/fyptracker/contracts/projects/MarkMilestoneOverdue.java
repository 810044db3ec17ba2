package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Sent by the deadline scan when a milestone's planned date has passed. */
public record MarkMilestoneOverdue(
        @TargetAggregateIdentifier String projectId,
        String milestoneId,
        LocalDate plannedDate,
        LocalDate today,
        Provenance provenance) {
}
