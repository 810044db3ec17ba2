package org.fyptracker.contracts.projects;

import java.time.LocalDate;
import org.fyptracker.contracts.Provenance;

/** A risk to the project was raised. */
public record RiskRaised(
        String projectId,
        String riskId,
        RiskSeverity severity,
        String description,
        LocalDate raisedOn,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
