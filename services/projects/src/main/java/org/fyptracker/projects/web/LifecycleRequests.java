package org.fyptracker.projects.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fyptracker.contracts.projects.RiskSeverity;
import org.fyptracker.platform.http.PlainText;

/** Bodies of the lifecycle endpoints of a key project. */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    record Amend(@Size(max = 300) @PlainText String name,
                 @Size(max = 100) @PlainText String location,
                 @Size(max = 50) List<@NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$") String> coDepartments,
                 LocalDate plannedStart,
                 LocalDate plannedEnd,
                 @DecimalMin(value = "0", message = "must not be negative") BigDecimal plannedInvestment,
                 @NotBlank @Size(max = 1000) @PlainText String reason) {
    }

    record Reassign(@NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "must be a department code") String lead,
                    @NotBlank @Size(max = 1000) @PlainText String reason) {
    }

    record Reschedule(@NotNull LocalDate newDate, @NotBlank @Size(max = 1000) @PlainText String reason) {
    }

    record Drop(@NotBlank @Size(max = 1000) @PlainText String reason) {
    }

    record Risk(@NotNull RiskSeverity severity, @NotBlank @Size(max = 2000) @PlainText String description,
                @NotNull LocalDate raisedOn) {
    }

    record Resolve(@NotBlank @Size(max = 2000) @PlainText String resolution, @NotNull LocalDate resolvedOn) {
    }

    /** A change of the project's status: suspend, resume, complete or cancel. */
    record StatusChange(@NotNull Action action, @NotBlank @Size(max = 1000) @PlainText String reason,
                        @NotNull LocalDate effectiveOn) {
        enum Action { SUSPEND, RESUME, COMPLETE, CANCEL }
    }
}
