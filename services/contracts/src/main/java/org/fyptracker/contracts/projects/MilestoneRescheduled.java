package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.fyptracker.contracts.Provenance;

/** A milestone's planned date moved; the reason is part of the record. */
public record MilestoneRescheduled(
        String projectId,
        String milestoneId,
        LocalDate previousDate,
        LocalDate newDate,
        String reason,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
