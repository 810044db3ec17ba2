package org.fyptracker.contracts.projects;

import org.fyptracker.contracts.Provenance;

/** Another department now leads the project (牵头单位); previousLead is null for a project that had none. */
public record LeadDepartmentReassigned(
        String projectId,
        String previousLead,
        String newLead,
        String reason,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
