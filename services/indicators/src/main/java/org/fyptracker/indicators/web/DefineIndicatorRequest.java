package org.fyptracker.indicators.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.fyptracker.contracts.plans.Baseline;
import org.fyptracker.contracts.plans.BaselineFlag;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.TypedTarget;
import org.fyptracker.indicators.indicator.IndicatorCodes;
import org.fyptracker.platform.http.PlainText;

/** Body of {@code POST /api/v1/indicators}: one row of a plan's main-indicator table, as the catalog typed it. */
public record DefineIndicatorRequest(
        @NotBlank @Pattern(regexp = IndicatorCodes.PATTERN, message = "must be an indicator code such as FZ-15.I04") String code,
        @Size(max = 50) @PlainText String category,
        @NotBlank @Size(max = 200) @PlainText String name,
        @Size(max = 200) @PlainText String parentName,
        @NotBlank @Size(max = 30) @PlainText String unit,
        @NotNull IndicatorAttribute attribute,
        @Valid BaselineCell baseline,
        @Size(max = 300) @PlainText String targetText,
        @Size(max = 300) @PlainText String growthText,
        @NotNull TypedTarget target,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$", message = "must be a department code") String> responsibleDepartments,
        Boolean quarterly,
        Integer horizonYear) {

    /** The 2025 column as the catalog read it. */
    public record BaselineCell(@Size(max = 300) @PlainText String raw, BigDecimal value, Set<BaselineFlag> flags) {

        Baseline toBaseline() {
            return new Baseline(raw, value, flags == null ? Set.of() : flags);
        }
    }
}
