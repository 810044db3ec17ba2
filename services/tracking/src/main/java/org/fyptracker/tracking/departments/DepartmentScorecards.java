package org.fyptracker.tracking.departments;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fyptracker.tracking.dashboard.IndicatorFigures;
import org.fyptracker.tracking.indicators.IndicatorReport;
import org.fyptracker.tracking.indicators.evaluation.Evaluation;
import org.fyptracker.tracking.projects.ProjectView;

/** Department scorecards from the projects and indicators as they stand on a day (a pure function of them). */
public final class DepartmentScorecards {

    private DepartmentScorecards() {
    }

    /** Every department that leads or co-leads a project, in code order. */
    public static List<String> departments(List<ProjectView> projects) {
        return departments(projects, List.of());
    }

    /** Every department that leads or co-leads a project or is responsible for an indicator, in code order. */
    public static List<String> departments(List<ProjectView> projects, List<IndicatorReport> indicators) {
        return Stream.concat(
                        projects.stream().flatMap(p -> Stream.concat(Stream.ofNullable(p.leadDepartment), p.coDepartments.stream())),
                        indicators.stream().flatMap(i -> i.responsibleDepartments().stream()))
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    public static DepartmentScorecard of(String department, List<ProjectView> projects, LocalDate today) {
        return of(department, null, projects, List.of(), Math.max(2026, Math.min(2030, today.getYear())), today);
    }

    /** @param info the registry's entry, or null; @param year the year indicators are evaluated for */
    public static DepartmentScorecard of(String department, DepartmentInfo info, List<ProjectView> projects,
                                         List<IndicatorReport> indicators, int year, LocalDate today) {
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
        List<IndicatorReport> mine = indicators.stream().filter(i -> i.responsibleDepartments().contains(department)).toList();
        IndicatorFigures figures = IndicatorFigures.of(mine, year);
        List<DepartmentScorecard.IndicatorLine> indicatorLines = mine.stream().map(i -> {
            Evaluation e = i.year(year).orElseThrow();
            return new DepartmentScorecard.IndicatorLine(i.code(), i.name(), i.attribute(), e.status().name(), e.alarm(),
                    e.explanation());
        }).toList();
        Map<String, Integer> byStatus = figures.byStatus();
        return new DepartmentScorecard(department, info == null ? null : info.name(), info == null ? null : info.kind(),
                today, led.size(), coLed.size(),
                new DepartmentScorecard.Milestones(onTime, late, overdue, atRisk, open, total), lastReport,
                lastReport == null ? null : ChronoUnit.DAYS.between(lastReport, today), lines,
                new DepartmentScorecard.Indicators(year, mine.size(), byStatus, figures.bindingInAlarm(), indicatorLines));
    }

    private static DepartmentScorecard.ProjectLine line(ProjectView p, String role) {
        return new DepartmentScorecard.ProjectLine(p.projectId, p.name, p.planRef, role, p.status.status(), p.status.rule());
    }
}
