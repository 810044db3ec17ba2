package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.fyptracker.contracts.Provenance;

/** A milestone's planned date passed without it being achieved (emitted once per planned date). */
public record MilestoneOverdue(
        String projectId,
        String milestoneId,
        LocalDate plannedDate,
        LocalDate detectedOn,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
