package org.fyptracker.projects.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.fyptracker.platform.http.PlainText;

/** Body of {@code POST /api/v1/projects/{id}/milestones}; weight defaults to 1. */
public record PlanMilestoneRequest(
        @NotBlank @Size(max = 300) @PlainText String title,
        @NotNull LocalDate plannedDate,
        @Min(0) @Max(100) Integer weight) {
}
