package org.fyptracker.contracts.departments;

import org.fyptracker.contracts.Provenance;

/** A department got a new official name; its code, and so everything assigned to it, stays. */
public record DepartmentRenamed(
        String code,
        String previousName,
        String newName,
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
