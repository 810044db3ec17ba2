package org.fyptracker.departments.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.fyptracker.departments.client.ClientRules;
import org.fyptracker.departments.department.DepartmentRules;
import org.fyptracker.platform.http.PlainText;

/** Bodies and answers of the client administration endpoints. */
final class ClientRequests {

    private ClientRequests() {
    }

    /** {@code clientId} may be left out: one is made from the department code. */
    record Register(@Pattern(regexp = ClientRules.CLIENT_ID, message = "must be 3–64 lower-case letters, digits, '.', '_' or '-'") String clientId,
                    @NotBlank @Pattern(regexp = DepartmentRules.CODE, message = "must be a department code") String department,
                    @NotEmpty @Size(max = 3) List<@NotBlank String> scopes) {
    }

    record Revoke(@NotBlank @Size(max = 1000) @PlainText String reason) {
    }

    /** The only answer that ever holds a client secret: sent with Cache-Control: no-store. */
    record Credentials(String clientId, String clientSecret, String department, List<String> scopes, String tokenEndpoint) {
        @Override
        public String toString() {
            return "Credentials[clientId=" + clientId + ", clientSecret=***]";
        }
    }
}
