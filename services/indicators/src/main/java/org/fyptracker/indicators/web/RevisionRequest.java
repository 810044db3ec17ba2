package org.fyptracker.indicators.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.fyptracker.contracts.indicators.ObservationKind;
import org.fyptracker.platform.http.PlainText;

/** Body of {@code POST /api/v1/indicators/{code}/observations/{period}/revisions}. */
public record RevisionRequest(
        @NotNull BigDecimal value,
        @NotNull ObservationKind kind,
        @Size(max = 300) @PlainText String source,
        Boolean laggedYear,
        @Size(max = 2000) @PlainText String note,
        @Size(max = 1000) @PlainText String reason) {
}
