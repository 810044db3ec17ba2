package org.fyptracker.tracking.departments;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.fyptracker.tracking.projects.ProjectView;

/** Department scorecards from the projects as they stand on a day (a pure function of the views). */
public final class DepartmentScorecards {

    private DepartmentScorecards() {
    }

    /** Every department that leads or co-leads a project, in code order. */
    public static List<String> departments(List<ProjectView> projects) {
        return projects.stream()
                .flatMap(p -> Stream.concat(Stream.ofNullable(p.leadDepartment), p.coDepartments.stream()))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    public static DepartmentScorecard of(String department, List<ProjectView> projects, LocalDate today) {
        List<ProjectView> led = projects.stream().filter(p -> department.equals(p.leadDepartment)).toList();
        List<ProjectView> coLed = projects.stream().filter(p -> p.coDepartments.contains(department)).toList();
        int onTime = 0, late = 0, overdue = 0, atRisk = 0, open = 0, total = 0;
        for (ProjectView p : led) {
            for (ProjectView.MilestoneView m : p.milestones) {
                total++;
                switch (m.status.rule()) {
                    case "achieved-on-time" -> onTime++;
                    case "achieved-late" -> late++;
                    default -> {
                        if ("OVERDUE".equals(m.status.status())) overdue++;
                        else if ("AT_RISK".equals(m.status.status())) atRisk++;
                        if (!"DROPPED".equals(m.status.status())) open++;
                    }
                }
            }
        }
        LocalDate lastReport = Stream.concat(led.stream(), coLed.stream())
                .map(p -> p.lastReportedOn).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        List<DepartmentScorecard.ProjectLine> lines = Stream.concat(
                        led.stream().map(p -> line(p, "LEAD")), coLed.stream().map(p -> line(p, "CO")))
                .sorted(Comparator.comparing(DepartmentScorecard.ProjectLine::planRef, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new DepartmentScorecard(department, today, led.size(), coLed.size(),
                new DepartmentScorecard.Milestones(onTime, late, overdue, atRisk, open, total), lastReport,
                lastReport == null ? null : ChronoUnit.DAYS.between(lastReport, today), lines);
    }

    private static DepartmentScorecard.ProjectLine line(ProjectView p, String role) {
        return new DepartmentScorecard.ProjectLine(p.projectId, p.name, p.planRef, role, p.status.status(), p.status.rule());
    }
}
