package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.fyptracker.contracts.Provenance;

/** Work on a milestone began on the business date {@code startedOn}. */
public record MilestoneStarted(
        String projectId,
        String milestoneId,
        String reportId,
        LocalDate startedOn,
        String narrative,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
