package org.fyptracker.tracking.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fyptracker.tracking.projects.ProjectView;

/**
 * The key projects of a scope: how many, by status (the project's status rule) and by lifecycle, how many
 * no department leads, and the investment planned and reported (亿元).
 */
public record ProjectFigures(int total, Map<String, Integer> byStatus, Map<String, Integer> byLifecycle, int withoutLead,
                             BigDecimal plannedInvestment, BigDecimal investmentCompleted) {

    public static final List<String> STATUSES =
            List.of("NOT_STARTED", "ON_TRACK", "DELAYED", "AT_RISK", "OVERDUE", "SUSPENDED", "COMPLETED", "CANCELLED");
    public static final List<String> LIFECYCLES = List.of("ACTIVE", "SUSPENDED", "COMPLETED", "CANCELLED");

    /** @param projects with their status computed for the day asked about */
    public static ProjectFigures of(List<ProjectView> projects) {
        Map<String, Integer> byStatus = zeros(STATUSES);
        Map<String, Integer> byLifecycle = zeros(LIFECYCLES);
        int withoutLead = 0;
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        for (ProjectView p : projects) {
            byStatus.merge(p.status.status(), 1, Integer::sum);
            byLifecycle.merge(p.lifecycle, 1, Integer::sum);
            if (p.leadDepartment == null || p.leadDepartment.isBlank()) {
                withoutLead++;
            }
            planned = planned.add(Objects.requireNonNullElse(p.plannedInvestment, BigDecimal.ZERO));
            completed = completed.add(Objects.requireNonNullElse(p.investmentCompleted, BigDecimal.ZERO));
        }
        return new ProjectFigures(projects.size(), byStatus, byLifecycle, withoutLead, planned, completed);
    }

    static Map<String, Integer> zeros(List<String> keys) {
        Map<String, Integer> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0));
        return map;
    }
}
