package org.fyptracker.departments.department;

import java.util.Map;
import org.fyptracker.contracts.RuleViolation;

/** The shape of department codes and names, shared by the aggregate and the REST bodies. */
public final class DepartmentRules {

    /** Lower-case ASCII, digits and '-': codes end up in token claims, URLs and Mongo queries. */
    public static final String CODE = "^[a-z0-9][a-z0-9-]{0,63}$";
    public static final int NAME_MAX = 100;

    private DepartmentRules() {
    }

    static void requireCode(String code, String field) {
        if (code == null || !code.matches(CODE)) {
            throw RuleViolation.invalid("department-code-format", field,
                    field + " must be 1–64 lower-case letters, digits or '-', starting with a letter or digit");
        }
    }

    /** The name exactly as written (鼓楼区人民政府): not trimmed, not normalised, only checked. */
    static void requireName(String name, String field) {
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw RuleViolation.invalid("department-name-required", field,
                    field + " must be the department's official name, at most " + NAME_MAX + " characters");
        }
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("reason-required", "reason", "say why (the decision or document behind it)");
        }
    }

    /**
     * A department is dissolved only once nothing is left assigned to it: the refusal lists what is, so the
     * admin can reassign it (or revoke the clients) and try again.
     */
    static void requireNothingAssigned(Assignments assigned) {
        if (assigned.total() > 0) {
            throw new RuleViolation("department-has-assignments", "code", RuleViolation.Kind.CONFLICT,
                    "department " + assigned.department() + " still has " + assigned.projectsLed().count()
                            + " open project(s) it leads, " + assigned.projectsCoOperated().count()
                            + " it co-operates on, " + assigned.indicatorsResponsible().count()
                            + " indicator(s) it reports and " + assigned.activeClients().count()
                            + " active client(s); reassign them (revoke the clients) before dissolving it",
                    Map.of("assignments", assigned));
        }
    }
}
