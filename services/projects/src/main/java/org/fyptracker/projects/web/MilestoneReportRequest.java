package org.fyptracker.projects.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fyptracker.platform.http.PlainText;

/** Body of {@code POST /api/v1/projects/{id}/milestones/{milestoneId}/reports}. */
public record MilestoneReportRequest(
        @NotNull ReportType type,
        @Min(0) @Max(100) Integer percentComplete,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal investmentCompleted,
        @Size(max = 4000) @PlainText String narrative,
        @Size(max = 1000) @PlainText String correctionReason,
        @Size(max = 20) List<@Size(max = 500) @PlainText String> evidence,
        @NotNull LocalDate reportedOn) {

    /** What the report says happened. */
    public enum ReportType { STARTED, PROGRESS, ACHIEVED }
}
