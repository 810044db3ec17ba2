package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.fyptracker.contracts.Provenance;

/** A milestone was reached on the business date {@code achievedOn}. */
public record MilestoneAchieved(
        String projectId,
        String milestoneId,
        String reportId,
        LocalDate achievedOn,
        String narrative,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
