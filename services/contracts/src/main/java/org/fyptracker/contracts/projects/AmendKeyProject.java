package org.fyptracker.contracts.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Correct or update a project's details; null fields stay as they are. */
public record AmendKeyProject(
        @TargetAggregateIdentifier String projectId,
        String name,
        String location,
        List<String> coDepartments,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        BigDecimal plannedInvestment,
        String reason,
        Provenance provenance) {
}
