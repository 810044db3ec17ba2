package org.fyptracker.contracts.departments;

import java.util.Set;

/**
 * The OAuth2 scopes a machine client may hold, spelled exactly as in the access token's {@code scope}
 * claim: {@code report} writes for its own department, {@code supervise} reads everything, {@code admin}
 * manages departments, clients, plans and assignments.
 */
public final class ClientScopes {

    public static final String REPORT = "report";
    public static final String SUPERVISE = "supervise";
    public static final String ADMIN = "admin";
    public static final Set<String> ALL = Set.of(REPORT, SUPERVISE, ADMIN);

    private ClientScopes() {
    }
}
