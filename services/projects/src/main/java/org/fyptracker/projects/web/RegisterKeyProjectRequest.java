package org.fyptracker.projects.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fyptracker.contracts.PlanRef;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.platform.http.PlainText;

/** Body of {@code POST /api/v1/projects}. */
public record RegisterKeyProjectRequest(
        @NotBlank @Size(max = 300) @PlainText String name,
        @NotBlank @Pattern(regexp = PlanRef.PATTERN, message = "must be a plan reference such as FZ-15.C14") String planRef,
        ProjectKind kind,
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "must be a department code") String leadDepartment,
        @Size(max = 50) List<@NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "must be a department code") String> coDepartments,
        @Size(max = 100) @PlainText String location,
        @NotNull LocalDate plannedStart,
        @NotNull LocalDate plannedEnd,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal plannedInvestment) {
}
