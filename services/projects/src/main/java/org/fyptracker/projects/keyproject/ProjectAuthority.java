package org.fyptracker.projects.keyproject;

import java.util.Collection;
import java.util.Objects;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.projects.AmendKeyProject;
import org.fyptracker.contracts.projects.MarkMilestoneOverdue;
import org.fyptracker.contracts.projects.ReassignLeadDepartment;
import org.fyptracker.platform.security.CallerAuthority;

/**
 * Who may change a key project, decided from the verified caller and the project's own record
 * (docs/security.md, "Authorization matrix"):
 * <ul>
 *   <li>{@code admin} may do everything;</li>
 *   <li>{@code report} registers a project only with its own department as lead, and writes only to projects
 *       its department leads or co-operates on; who leads and who co-operates is an assignment, for admins;</li>
 *   <li>anything else ({@code supervise}) writes nothing.</li>
 * </ul>
 * Each refusal is a 403 problem naming its rule.
 */
public final class ProjectAuthority {

    private ProjectAuthority() {
    }

    public static void checkRegister(CallerAuthority caller, String leadDepartment) {
        if (caller.admin()) {
            return;
        }
        requireReporter(caller);
        if (caller.department() == null || !caller.department().equals(leadDepartment)) {
            throw forbidden("register-own-department-as-lead", "leadDepartment", "client " + caller.client() + " of "
                    + caller.department() + " may register a project only with " + caller.department() + " as its lead");
        }
    }

    /** A change to an existing project whose lead and co-departments are as given. */
    public static void checkChange(CallerAuthority caller, Object command, String leadDepartment,
                                   Collection<String> coDepartments) {
        if (caller.admin()) {
            return;
        }
        requireReporter(caller);
        if (command instanceof ReassignLeadDepartment) {
            throw forbidden("assignment-admin-only", "lead", "who leads a project is assigned by an admin");
        }
        if (command instanceof AmendKeyProject amend && amend.coDepartments() != null
                && !Objects.equals(asSet(amend.coDepartments()), asSet(coDepartments))) {
            throw forbidden("assignment-admin-only", "coDepartments", "who co-operates on a project is assigned by an admin");
        }
        if (command instanceof MarkMilestoneOverdue) {
            throw forbidden("system-only", null, "only the overdue scan marks a milestone overdue");
        }
        String department = caller.department();
        boolean own = department != null && (department.equals(leadDepartment) || coDepartments.contains(department));
        if (!own) {
            throw forbidden("lead-or-co-department-only", "projectId", "client " + caller.client() + " of " + department
                    + " may write only to projects its department leads or co-operates on; this one is led by "
                    + leadDepartment + (coDepartments.isEmpty() ? "" : " with " + String.join(", ", coDepartments)));
        }
    }

    private static void requireReporter(CallerAuthority caller) {
        if (!caller.has(CallerAuthority.REPORT)) {
            throw forbidden("scope-insufficient", null, "writing needs scope report or admin; this client has "
                    + (caller.scopes().isEmpty() ? "none" : String.join(" ", caller.scopes())));
        }
    }

    private static java.util.Set<String> asSet(Collection<String> values) {
        return values == null ? java.util.Set.of() : java.util.Set.copyOf(values);
    }

    private static RuleViolation forbidden(String rule, String field, String detail) {
        return new RuleViolation(rule, field, RuleViolation.Kind.FORBIDDEN, detail);
    }
}
