package org.fyptracker.contracts.departments;

import org.fyptracker.contracts.Provenance;

/** The client can no longer obtain tokens; tokens it already holds are refused by the revocation check. */
public record ClientRevoked(
        String clientId,
        String department,
        String reason,
        Provenance provenance) implements DepartmentEvent {

    @Override
    public String aggregateId() {
        return clientId;
    }
}
