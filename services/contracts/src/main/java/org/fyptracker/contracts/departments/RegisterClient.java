package org.fyptracker.contracts.departments;

import java.util.List;
import org.fyptracker.contracts.Provenance;

/** Register a machine client for a department. Carries the secret's hash only, never the secret. */
public record RegisterClient(
        String clientId,
        String department,
        List<String> scopes,
        String secretHash,
        Provenance provenance) {

    public RegisterClient {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }
}
