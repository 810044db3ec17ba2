package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.fyptracker.contracts.Provenance;

/** The project was completed: every milestone achieved or dropped. */
public record KeyProjectCompleted(
        String projectId,
        String reason,
        LocalDate effectiveOn,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
