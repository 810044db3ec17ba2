package org.fyptracker.contracts.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fyptracker.contracts.Provenance;

/** Details of a project were corrected or updated; null fields were left as they were. */
public record KeyProjectAmended(
        String projectId,
        String name,
        String location,
        List<String> coDepartments,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        BigDecimal plannedInvestment,
        String reason,
        String planCode,
        Provenance provenance) implements ProjectEvent {
}
