package org.fyptracker.contracts.departments;

import org.fyptracker.contracts.Provenance;

/** The client has a new secret (only its BCrypt hash is here); the old one no longer obtains tokens. */
public record ClientSecretRotated(
        String clientId,
        String department,
        String secretHash,
        Provenance provenance) implements DepartmentEvent {

    @Override
    public String aggregateId() {
        return clientId;
    }
}
