package org.fyptracker.contracts.departments;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Give a department its new official name. */
public record RenameDepartment(
        @TargetAggregateIdentifier String code,
        String newName,
        String reason,
        Provenance provenance) {
}
