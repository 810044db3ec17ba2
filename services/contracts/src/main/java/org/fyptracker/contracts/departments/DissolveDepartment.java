package org.fyptracker.contracts.departments;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Dissolve a department that has no successor. */
public record DissolveDepartment(
        @TargetAggregateIdentifier String code,
        String reason,
        Provenance provenance) {
}
