package org.fyptracker.contracts.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Report how far a milestone has come. */
public record ReportMilestoneProgress(
        @TargetAggregateIdentifier String projectId,
        String milestoneId,
        String reportId,
        int percentComplete,
        BigDecimal investmentCompleted,
        String narrative,
        String correctionReason,
        List<String> evidence,
        LocalDate reportedOn,
        Provenance provenance) {
}
