package org.fyptracker.indicators.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.fyptracker.contracts.indicators.ObservationKind;
import org.fyptracker.platform.http.PlainText;

/**
 * Body of {@code POST /api/v1/indicators/{code}/observations}, e.g.
 * {@code {"period":"2026","value":75.25,"kind":"PRELIMINARY","source":"市统计局快报","laggedYear":false}}.
 */
public record ObservationRequest(
        @NotBlank @Size(max = 10) String period,
        @NotNull BigDecimal value,
        @NotNull ObservationKind kind,
        @Size(max = 300) @PlainText String source,
        Boolean laggedYear,
        @Size(max = 2000) @PlainText String note) {
}
