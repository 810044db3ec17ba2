package org.fyptracker.tracking.attention;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fyptracker.tracking.projects.ProjectView;

/**
 * What needs a supervisor now, from the projects as they stand on a day: overdue milestones, active
 * projects with no report for {@code staleAfterDays}, open high risks, and projects no department leads.
 */
public final class AttentionList {

    private AttentionList() {
    }

    public static List<AttentionItem> of(List<ProjectView> projects, LocalDate today, int staleAfterDays) {
        List<AttentionItem> items = new ArrayList<>();
        for (ProjectView p : projects) {
            boolean active = "ACTIVE".equals(p.lifecycle);
            if (p.leadDepartment == null || p.leadDepartment.isBlank()) {
                items.add(item("NO_LEAD_DEPARTMENT", p, "no department leads this project yet", 0));
            }
            if (!active) {
                continue;
            }
            for (ProjectView.MilestoneView m : p.milestones) {
                if ("OVERDUE".equals(m.status.status())) {
                    long days = ChronoUnit.DAYS.between(m.plannedDate, today);
                    items.add(item("OVERDUE_MILESTONE", p, "milestone '" + m.title + "' was due " + m.plannedDate, days));
                }
            }
            p.risks.stream().filter(r -> r.open() && "HIGH".equals(r.severity)).forEach(r ->
                    items.add(item("HIGH_RISK_OPEN", p, "HIGH risk since " + r.raisedOn + ": " + r.description,
                            ChronoUnit.DAYS.between(r.raisedOn, today))));
            LocalDate since = p.lastReportedOn != null ? p.lastReportedOn : p.plannedStart;
            if (since != null && !since.isAfter(today) && ChronoUnit.DAYS.between(since, today) > staleAfterDays) {
                items.add(item("NO_RECENT_REPORT", p, (p.lastReportedOn == null ? "never reported; started " : "last report ")
                        + since, ChronoUnit.DAYS.between(since, today)));
            }
        }
        items.sort(Comparator.comparing(AttentionItem::kind).thenComparing(AttentionItem::days, Comparator.reverseOrder())
                .thenComparing(AttentionItem::subjectId));
        return items;
    }

    private static AttentionItem item(String kind, ProjectView p, String detail, long days) {
        return new AttentionItem(kind, p.projectId, p.name, p.planRef, p.leadDepartment, detail, days);
    }
}
