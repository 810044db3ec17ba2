package org.fyptracker.indicators.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.fyptracker.contracts.plans.TypedTarget;
import org.fyptracker.platform.http.PlainText;

/** Bodies of the target and responsibility endpoints. References are checked by the aggregate, which names the rule. */
public final class TargetRequests {

    private TargetRequests() {
    }

    /** {@code POST /api/v1/indicators/{code}/assigned-target}. */
    public record AssignTargetRequest(@NotNull TypedTarget target, @Size(max = 300) @PlainText String documentReference) {
    }

    /** {@code POST /api/v1/indicators/{code}/target-adjustments}. */
    public record AdjustTargetRequest(@NotNull TypedTarget target, @Size(max = 300) @PlainText String approvalReference,
                               @Size(max = 1000) @PlainText String reason) {
    }

    /** {@code PUT /api/v1/indicators/{code}/responsibility}. */
    public record ResponsibilityRequest(
            @NotEmpty @Size(max = 20) List<@Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "must be a department code") String> departments,
            @Size(max = 1000) @PlainText String reason) {
    }
}
