package org.fyptracker.contracts.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fyptracker.contracts.Provenance;

/**
 * A department reported how far a milestone has come, as of the business date {@code reportedOn}.
 * {@code investmentCompleted} is in 亿元 for the period since the previous report.
 */
public record MilestoneProgressReported(
        String projectId,
        String milestoneId,
        String reportId,
        int percentComplete,
        BigDecimal investmentCompleted,
        String narrative,
        String correctionReason,
        List<String> evidence,
        LocalDate reportedOn,
        String planCode,
        Provenance provenance) implements ProjectEvent {

    public MilestoneProgressReported {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
