package org.fyptracker.contracts.projects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Drop a milestone that will not be done (a reason is required). */
public record DropMilestone(
        @TargetAggregateIdentifier String projectId,
        String milestoneId,
        String reason,
        Provenance provenance) {
}
