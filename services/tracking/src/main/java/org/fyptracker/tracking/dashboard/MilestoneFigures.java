package org.fyptracker.tracking.dashboard;

import java.util.List;
import java.util.Map;
import org.fyptracker.tracking.projects.ProjectView;

/**
 * The milestones of a scope's projects for one year, as they stand on the day asked about.
 *
 * @param total          every milestone of the projects, any year
 * @param due            not dropped, planned (current planned date) within the year
 * @param achieved       achieved within the year, whatever year they were planned for
 * @param achievedOnTime of {@code achieved}: by the originally planned date
 * @param achievedLate   of {@code achieved}: after it
 * @param overdue        due in the year, past their planned date and not achieved
 * @param atRisk         due in the year and at risk (open high risk, or behind the straight line)
 * @param open           due in the year, neither achieved nor dropped
 * @param dropped        planned within the year and dropped
 * @param dueByStatus    the milestones planned within the year (dropped ones included) by status:
 *                       the sum is {@code due + dropped}
 */
public record MilestoneFigures(int year, int total, int due, int achieved, int achievedOnTime, int achievedLate,
                               int overdue, int atRisk, int open, int dropped, Map<String, Integer> dueByStatus) {

    public static final List<String> STATUSES =
            List.of("NOT_STARTED", "ON_TRACK", "DELAYED", "AT_RISK", "OVERDUE", "ACHIEVED", "DROPPED");

    /** @param projects with their milestones' status computed for the day asked about */
    public static MilestoneFigures of(List<ProjectView> projects, int year) {
        int total = 0, due = 0, achieved = 0, onTime = 0, late = 0, overdue = 0, atRisk = 0, open = 0, dropped = 0;
        Map<String, Integer> byStatus = ProjectFigures.zeros(STATUSES);
        for (ProjectView p : projects) {
            for (ProjectView.MilestoneView m : p.milestones) {
                total++;
                String status = m.status.status();
                boolean inYear = m.plannedDate != null && m.plannedDate.getYear() == year;
                if ("ACHIEVED".equals(status) && m.achievedOn != null && m.achievedOn.getYear() == year) {
                    achieved++;
                    if ("achieved-late".equals(m.status.rule())) late++;
                    else onTime++;
                }
                if (!inYear) {
                    continue;
                }
                byStatus.merge(status, 1, Integer::sum);
                if ("DROPPED".equals(status)) {
                    dropped++;
                    continue;
                }
                due++;
                if ("OVERDUE".equals(status)) overdue++;
                if ("AT_RISK".equals(status)) atRisk++;
                if (!"ACHIEVED".equals(status)) open++;
            }
        }
        return new MilestoneFigures(year, total, due, achieved, onTime, late, overdue, atRisk, open, dropped, byStatus);
    }
}
