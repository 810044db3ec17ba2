package org.fyptracker.tracking.departments;

import java.time.LocalDate;
import java.util.List;

/**
 * How a department is doing with what it is responsible for.
 *
 * @param daysSinceLastReport days from its last report on any project it leads or co-leads to the day
 *                            asked about; null if it never reported
 */
public record DepartmentScorecard(
        String department,
        LocalDate asOf,
        int projectsLed,
        int projectsCoLed,
        Milestones milestones,
        LocalDate lastReportedOn,
        Long daysSinceLastReport,
        List<ProjectLine> projects) {

    /** Milestones of the projects it leads, by how they stand. */
    public record Milestones(int achievedOnTime, int achievedLate, int overdue, int atRisk, int open, int total) {
    }

    /** One project it leads or co-leads, with the project's status. */
    public record ProjectLine(String projectId, String name, String planRef, String role, String status, String rule) {
    }
}
