package org.fyptracker.contracts.projects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Make another department the project's lead. */
public record ReassignLeadDepartment(
        @TargetAggregateIdentifier String projectId,
        String newLead,
        String reason,
        Provenance provenance) {
}
