package org.fyptracker.indicators.indicator;

import java.util.Collection;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.indicators.RecordObservation;
import org.fyptracker.contracts.indicators.ReviseObservation;
import org.fyptracker.platform.security.CallerAuthority;

/**
 * Who may change an indicator, decided from the verified caller and the indicator's own record
 * (docs/security.md, "Authorization matrix"):
 * <ul>
 *   <li>{@code admin} may do everything: define indicators, assign responsibility and targets, report;</li>
 *   <li>{@code report} records and revises observations only of indicators its department is responsible for;</li>
 *   <li>anything else ({@code supervise}) writes nothing.</li>
 * </ul>
 * Each refusal is a 403 problem naming its rule.
 */
public final class IndicatorAuthority {

    private IndicatorAuthority() {
    }

    /** A command to the indicator {@code code}, which {@code responsible} report. */
    public static void check(CallerAuthority caller, Object command, String code, Collection<String> responsible) {
        if (caller.admin()) {
            return;
        }
        if (!caller.has(CallerAuthority.REPORT)) {
            throw forbidden("scope-insufficient", null, "writing needs scope report or admin; this client has "
                    + (caller.scopes().isEmpty() ? "none" : String.join(" ", caller.scopes())));
        }
        boolean observation = command instanceof RecordObservation || command instanceof ReviseObservation;
        if (!observation) {
            throw forbidden("assignment-admin-only", null,
                    "indicators, their targets and who is responsible for them are managed by an admin");
        }
        String department = caller.department();
        if (department == null || !responsible.contains(department)) {
            throw forbidden("responsible-department-only", "code", "client " + caller.client() + " of " + department
                    + " may report only indicators its department is responsible for; " + code + " is reported by "
                    + (responsible.isEmpty() ? "no department yet (an admin assigns one)" : String.join(", ", responsible)));
        }
    }

    private static RuleViolation forbidden(String rule, String field, String detail) {
        return new RuleViolation(rule, field, RuleViolation.Kind.FORBIDDEN, detail);
    }
}
