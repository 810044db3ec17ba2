package org.fyptracker.contracts.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fyptracker.contracts.Provenance;

/** Put a key project under tracking. Creates the project aggregate {@code projectId}. */
public record RegisterKeyProject(
        String projectId,
        String name,
        String planRef,
        ProjectKind kind,
        String leadDepartment,
        List<String> coDepartments,
        String location,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        BigDecimal plannedInvestment,
        Provenance provenance) {
}
