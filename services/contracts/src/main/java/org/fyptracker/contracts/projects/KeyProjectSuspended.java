package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.fyptracker.contracts.Provenance;

/** The project was suspended (no reports accepted until it resumes). */
public record KeyProjectSuspended(
        String projectId,
        String reason,
        LocalDate effectiveOn,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
