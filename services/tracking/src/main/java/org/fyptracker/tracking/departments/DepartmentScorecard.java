package org.fyptracker.tracking.departments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How a department is doing with what it is responsible for.
 *
 * @param name                its name in the department registry (null if the registry does not know it)
 * @param daysSinceLastReport days from its last report on any project it leads or co-leads to the day
 *                            asked about; null if it never reported
 * @param indicators          the main indicators it is responsible for, evaluated for the year asked about
 */
public record DepartmentScorecard(
        String department,
        String name,
        String kind,
        LocalDate asOf,
        int projectsLed,
        int projectsCoLed,
        Milestones milestones,
        LocalDate lastReportedOn,
        Long daysSinceLastReport,
        List<ProjectLine> projects,
        Indicators indicators) {

    /** Milestones of the projects it leads, by how they stand. */
    public record Milestones(int achievedOnTime, int achievedLate, int overdue, int atRisk, int open, int total) {
    }

    /** One project it leads or co-leads, with the project's status. */
    public record ProjectLine(String projectId, String name, String planRef, String role, String status, String rule) {
    }

    /** The indicators it is responsible for: how many, by status in the year, how many in alarm, and each. */
    public record Indicators(int year, int total, Map<String, Integer> byStatus, int inAlarm, List<IndicatorLine> items) {
    }

    /** One indicator it is responsible for, with the year's evaluation. */
    public record IndicatorLine(String code, String name, String attribute, String status, boolean alarm, String explanation) {
    }
}
