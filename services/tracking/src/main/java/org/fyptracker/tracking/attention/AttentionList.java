package org.fyptracker.tracking.attention;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fyptracker.tracking.indicators.IndicatorReport;
import org.fyptracker.tracking.indicators.evaluation.Evaluation;
import org.fyptracker.tracking.projects.ProjectView;

/**
 * What needs a supervisor now, from the projects and indicators as they stand on a day: overdue milestones,
 * active projects with no report for {@code staleAfterDays}, open high risks, projects no department leads;
 * binding indicators behind or off track, and indicators no department is responsible for.
 */
public final class AttentionList {

    public static final Comparator<AttentionItem> ORDER = Comparator.comparing(AttentionItem::kind)
            .thenComparing(AttentionItem::days, Comparator.reverseOrder()).thenComparing(AttentionItem::subjectId);

    private AttentionList() {
    }

    public static List<AttentionItem> of(List<ProjectView> projects, LocalDate today, int staleAfterDays) {
        return of(projects, List.of(), null, today, staleAfterDays);
    }

    /**
     * @param year the year whose evaluation decides an indicator's alarm; null: each indicator's latest
     *             evaluated year (the latest with a figure)
     */
    public static List<AttentionItem> of(List<ProjectView> projects, List<IndicatorReport> indicators, Integer year,
                                         LocalDate today, int staleAfterDays) {
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
        for (IndicatorReport i : indicators) {
            if (i.responsibleDepartments() == null || i.responsibleDepartments().isEmpty()) {
                items.add(item("UNASSIGNED_INDICATOR", i, "no department is responsible for this indicator yet"));
            }
            Evaluation e = year == null ? i.latest() : i.year(year).orElse(null);
            if (e != null && e.alarm()) {
                items.add(item("BINDING_INDICATOR_OFF_TRACK", i, "binding indicator " + e.status() + " in " + e.year()
                        + ": " + e.explanation()));
            }
        }
        items.sort(ORDER);
        return items;
    }

    private static AttentionItem item(String kind, ProjectView p, String detail, long days) {
        return new AttentionItem(kind, "PROJECT", p.projectId, p.name, p.planRef, p.leadDepartment,
                p.leadDepartment == null ? List.of() : List.of(p.leadDepartment), detail, days);
    }

    private static AttentionItem item(String kind, IndicatorReport i, String detail) {
        List<String> departments = i.responsibleDepartments() == null ? List.of() : List.copyOf(i.responsibleDepartments());
        return new AttentionItem(kind, "INDICATOR", i.code(), i.name(), i.code(),
                departments.isEmpty() ? null : departments.get(0), departments, detail, 0);
    }
}
