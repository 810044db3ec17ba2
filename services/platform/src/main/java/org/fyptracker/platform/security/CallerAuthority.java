package org.fyptracker.platform.security;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.axonframework.messaging.MetaData;
import org.fyptracker.platform.http.Caller;

/**
 * The verified caller as it travels with a command (Axon metadata), so the aggregate that owns the thing
 * decides whether this caller may change it. Set only in-process from the verified access token
 * ({@link CallerMetaData}); a command without it was sent by the system itself (seeding, event handlers,
 * or a service whose security is switched off).
 */
public record CallerAuthority(String department, String client, Set<String> scopes) {

    public static final String REPORT = "report";
    public static final String SUPERVISE = "supervise";
    public static final String ADMIN = "admin";

    static final String DEPARTMENT_KEY = "fyp.caller.department";
    static final String CLIENT_KEY = "fyp.caller.client";
    static final String SCOPES_KEY = "fyp.caller.scopes";

    public CallerAuthority {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }

    public static CallerAuthority of(Caller caller) {
        return new CallerAuthority(caller.department(), caller.client(), caller.scopes());
    }

    public boolean has(String scope) {
        return scopes.contains(scope);
    }

    public boolean admin() {
        return has(ADMIN);
    }

    public Map<String, Object> toMetaData() {
        Map<String, Object> values = new HashMap<>();
        values.put(DEPARTMENT_KEY, department == null ? "" : department);
        values.put(CLIENT_KEY, client == null ? "" : client);
        values.put(SCOPES_KEY, String.join(" ", new TreeSet<>(scopes)));
        return values;
    }

    /** The caller a command was sent for; empty when the system sent it. */
    public static Optional<CallerAuthority> from(MetaData metaData) {
        if (metaData == null || !metaData.containsKey(SCOPES_KEY)) {
            return Optional.empty();
        }
        String department = String.valueOf(metaData.getOrDefault(DEPARTMENT_KEY, ""));
        Set<String> scopes = Arrays.stream(String.valueOf(metaData.get(SCOPES_KEY)).split(" "))
                .filter(s -> !s.isBlank()).collect(Collectors.toSet());
        return Optional.of(new CallerAuthority(department.isBlank() ? null : department,
                String.valueOf(metaData.getOrDefault(CLIENT_KEY, "")), scopes));
    }
}
