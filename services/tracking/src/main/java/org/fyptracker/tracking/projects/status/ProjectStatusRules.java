package org.fyptracker.tracking.projects.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.fyptracker.tracking.projects.ProjectView;

/**
 * The status of milestones and projects, a deterministic function of the recorded facts and the business
 * date. First matching rule wins, in this order: achieved, dropped, overdue, at risk, delayed, not
 * started, on track. A project takes its lifecycle state if closed or suspended, else its worst milestone.
 */
public final class ProjectStatusRules {

    /** Progress may trail the straight line from start to planned date by this many points before "at risk". */
    public static final int PROGRESS_TOLERANCE_POINTS = 20;

    private static final List<String> SEVERITY = List.of("NOT_STARTED", "ON_TRACK", "DELAYED", "AT_RISK", "OVERDUE");

    private ProjectStatusRules() {
    }

    public static Status milestone(ProjectView project, ProjectView.MilestoneView m, LocalDate today) {
        if ("ACHIEVED".equals(m.stage)) {
            boolean late = m.achievedOn.isAfter(m.originalPlannedDate);
            return new Status("ACHIEVED", late ? "achieved-late" : "achieved-on-time",
                    "achieved on " + m.achievedOn + ", originally planned for " + m.originalPlannedDate);
        }
        if ("DROPPED".equals(m.stage)) {
            return new Status("DROPPED", "dropped", "dropped: " + m.droppedReason);
        }
        if (today.isAfter(m.plannedDate)) {
            return new Status("OVERDUE", "past-planned-date", "planned for " + m.plannedDate + ", not achieved by "
                    + today + " (" + ChronoUnit.DAYS.between(m.plannedDate, today) + " days)");
        }
        boolean highRisk = project.risks.stream().anyMatch(r -> r.open() && "HIGH".equals(r.severity));
        if (highRisk) {
            return new Status("AT_RISK", "open-high-risk", "the project has an open HIGH risk");
        }
        if (m.startedOn != null && m.plannedDate.isAfter(m.startedOn) && today.isAfter(m.startedOn)) {
            long span = ChronoUnit.DAYS.between(m.startedOn, m.plannedDate);
            long elapsed = ChronoUnit.DAYS.between(m.startedOn, today);
            long expected = Math.min(100, elapsed * 100 / span);
            if (m.percentComplete < expected - PROGRESS_TOLERANCE_POINTS) {
                return new Status("AT_RISK", "behind-straight-line", m.percentComplete + "% done, "
                        + expected + "% expected on the straight line from " + m.startedOn + " to " + m.plannedDate
                        + " (tolerance " + PROGRESS_TOLERANCE_POINTS + " points)");
            }
        }
        if (m.plannedDate.isAfter(m.originalPlannedDate)) {
            return new Status("DELAYED", "rescheduled-later", "moved from " + m.originalPlannedDate + " to " + m.plannedDate);
        }
        if ("PLANNED".equals(m.stage)) {
            return new Status("NOT_STARTED", "not-started", "planned for " + m.plannedDate + ", not started");
        }
        return new Status("ON_TRACK", "on-track", m.percentComplete + "% done, due " + m.plannedDate);
    }

    public static Status project(ProjectView project, LocalDate today) {
        switch (project.lifecycle) {
            case "COMPLETED", "CANCELLED", "SUSPENDED" -> {
                return new Status(project.lifecycle, project.lifecycle.toLowerCase(), "the project is " + project.lifecycle.toLowerCase());
            }
            default -> {
            }
        }
        List<ProjectView.MilestoneView> open = project.milestones.stream()
                .filter(m -> !"ACHIEVED".equals(m.stage) && !"DROPPED".equals(m.stage)).toList();
        if (project.milestones.isEmpty()) {
            return new Status("NOT_STARTED", "no-milestones", "no milestone is planned yet");
        }
        if (open.isEmpty()) {
            return new Status("ON_TRACK", "all-milestones-done", "every milestone is achieved or dropped");
        }
        return open.stream()
                .map(m -> milestone(project, m, today))
                .max(Comparator.comparingInt(s -> SEVERITY.indexOf(s.status())))
                .map(worst -> new Status(worst.status(), "worst-milestone:" + worst.rule(), worst.explanation()))
                .orElseThrow();
    }
}
