package org.fyptracker.departments.client;

import java.util.List;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.departments.ClientScopes;

/** What a client id, its scopes and a stored secret must look like. */
public final class ClientRules {

    /** Client ids travel in HTTP Basic credentials, token claims and URLs: plain characters only (no ':'). */
    public static final String CLIENT_ID = "^[a-z0-9][a-z0-9._-]{2,63}$";
    /** A BCrypt hash in Spring's delegating format; anything else could be a secret in clear. */
    private static final String BCRYPT_HASH = "^\\{bcrypt}\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}$";

    private ClientRules() {
    }

    static void requireClientId(String clientId) {
        if (clientId == null || !clientId.matches(CLIENT_ID)) {
            throw RuleViolation.invalid("client-id-format", "clientId",
                    "clientId must be 3–64 lower-case letters, digits, '.', '_' or '-'");
        }
    }

    static void requireScopes(List<String> scopes) {
        if (scopes.isEmpty()) {
            throw RuleViolation.invalid("scopes-required", "scopes", "give the client at least one of " + ClientScopes.ALL);
        }
        for (String scope : scopes) {
            if (!ClientScopes.ALL.contains(scope)) {
                throw RuleViolation.invalid("scope-unknown", "scopes", "'" + scope + "' is not one of " + ClientScopes.ALL);
            }
        }
    }

    /** Refuses anything that is not a BCrypt hash, so a secret in clear can never reach an event. */
    static void requireHashed(String secretHash) {
        if (secretHash == null || !secretHash.matches(BCRYPT_HASH)) {
            throw RuleViolation.invalid("secret-must-be-hashed", "secretHash", "only a BCrypt hash of the secret is stored");
        }
    }
}
