package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.fyptracker.contracts.Provenance;

/** The project was resumed after a suspension. */
public record KeyProjectResumed(
        String projectId,
        String reason,
        LocalDate effectiveOn,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
