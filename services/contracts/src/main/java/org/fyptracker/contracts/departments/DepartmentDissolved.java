package org.fyptracker.contracts.departments;

import org.fyptracker.contracts.Provenance;

/** A department ceased to exist without a successor; it can no longer be assigned anything. */
public record DepartmentDissolved(
        String code,
        String reason,
        Provenance provenance) implements DepartmentEvent {

    @Override
    public String department() {
        return code;
    }

    @Override
    public String aggregateId() {
        return code;
    }
}
