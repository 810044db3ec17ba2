package org.fyptracker.contracts.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.fyptracker.contracts.Provenance;

/**
 * A key project (重大项目 / 重点项目 / 工程) was put under tracking. Stored revision 2: revision 1 lacked
 * {@code planCode} and is upcast on reading (projects service).
 */
@Revision("2")
public record KeyProjectRegistered(
        String projectId,
        String name,
        String planRef,
        String planCode,
        ProjectKind kind,
        String leadDepartment,
        List<String> coDepartments,
        String location,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        BigDecimal plannedInvestment,
        Provenance provenance) implements ProjectEvent {

    public KeyProjectRegistered {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
    }
}
