package org.fyptracker.contracts.departments;

import java.util.List;
import org.fyptracker.contracts.Provenance;

/**
 * A machine client (a department's system) may now obtain access tokens with the client credentials grant.
 *
 * @param department code of the department it acts for (the {@code department} claim of its tokens)
 * @param scopes     subset of {@link ClientScopes#ALL}
 * @param secretHash BCrypt hash of the client secret ({@code {bcrypt}$2a$…}); the secret itself is
 *                   shown once to whoever registered the client and stored nowhere
 */
public record ClientRegistered(
        String clientId,
        String department,
        List<String> scopes,
        String secretHash,
        Provenance provenance) implements DepartmentEvent {

    public ClientRegistered {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    @Override
    public String aggregateId() {
        return clientId;
    }
}
