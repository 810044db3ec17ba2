package org.fyptracker.departments.department;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/**
 * One merged department's part of a {@link org.fyptracker.contracts.departments.MergeDepartments}
 * decision. Internal to this service: callers send the whole decision.
 */
public record MergeDepartmentInto(
        @TargetAggregateIdentifier String code,
        String successor,
        List<String> mergedTogether,
        String reason,
        Provenance provenance) {
}
