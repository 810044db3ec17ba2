package org.fyptracker.contracts.projects;

import org.fyptracker.contracts.Provenance;

/** A milestone was explicitly dropped from the project; the reason is part of the record. */
public record MilestoneDropped(
        String projectId,
        String milestoneId,
        String reason,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
