package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.fyptracker.contracts.Provenance;

/** The project was cancelled. */
public record KeyProjectCancelled(
        String projectId,
        String reason,
        LocalDate effectiveOn,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
