package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Say that work on a milestone began. */
public record StartMilestone(
        @TargetAggregateIdentifier String projectId,
        String milestoneId,
        String reportId,
        LocalDate startedOn,
        String narrative,
        Provenance provenance) {
}
