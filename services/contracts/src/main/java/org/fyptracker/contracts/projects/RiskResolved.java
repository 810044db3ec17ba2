package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.fyptracker.contracts.Provenance;

/** A risk was resolved. */
public record RiskResolved(
        String projectId,
        String riskId,
        String resolution,
        LocalDate resolvedOn,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
