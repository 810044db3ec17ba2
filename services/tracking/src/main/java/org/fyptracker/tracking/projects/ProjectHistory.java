package org.fyptracker.tracking.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.projects.KeyProjectAmended;
import org.fyptracker.contracts.projects.KeyProjectCancelled;
import org.fyptracker.contracts.projects.KeyProjectCompleted;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.KeyProjectResumed;
import org.fyptracker.contracts.projects.KeyProjectSuspended;
import org.fyptracker.contracts.projects.LeadDepartmentReassigned;
import org.fyptracker.contracts.projects.MilestoneAchieved;
import org.fyptracker.contracts.projects.MilestoneDropped;
import org.fyptracker.contracts.projects.MilestoneOverdue;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.contracts.projects.MilestoneRescheduled;
import org.fyptracker.contracts.projects.MilestoneStarted;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.fyptracker.contracts.projects.RiskRaised;
import org.fyptracker.contracts.projects.RiskResolved;

/**
 * How a project's events add up to its view: a pure fold, used live by the projection and, for "as of"
 * questions, over the events recorded up to a date. One function, so both answers always agree.
 */
public final class ProjectHistory {

    private ProjectHistory() {
    }

    /**
     * Applies one event and adds it to the view's timeline; returns false (and changes nothing) for an event already
     * applied.
     */
    public static boolean apply(ProjectView view, ProjectEvent event, String eventId, long sequence, Instant at) {
        return apply(view, true, event, eventId, sequence, at);
    }

    /**
     * Applies one event to the stored view only: the projection's views are stored without a timeline (finding 19)
     * and questions fold it from the log ({@link ProjectTimelines}), so the projection does not build one; adding
     * each entry was a seventh of its thread in a rebuild (docs/benchmarks.md, finding 37).
     */
    public static boolean applyWithoutTimeline(ProjectView view, ProjectEvent event, String eventId, long sequence, Instant at) {
        return apply(view, false, event, eventId, sequence, at);
    }

    private static boolean apply(ProjectView view, boolean timeline, ProjectEvent event, String eventId, long sequence,
                                 Instant at) {
        if (sequence <= view.lastSequence) {
            return false;
        }
        if (event instanceof KeyProjectRegistered e) {
            view.projectId = e.projectId();
            view.name = e.name();
            view.planRef = e.planRef();
            view.planCode = e.planCode();
            view.kind = e.kind() == null ? null : e.kind().name();
            view.leadDepartment = e.leadDepartment();
            view.coDepartments = new ArrayList<>(e.coDepartments());
            view.location = e.location();
            view.plannedStart = e.plannedStart();
            view.plannedEnd = e.plannedEnd();
            view.plannedInvestment = e.plannedInvestment();
            record(view, timeline, event, eventId, sequence, at, e.plannedStart(), null, () -> "registered: " + e.name());
        } else if (event instanceof KeyProjectAmended e) {
            if (e.name() != null) view.name = e.name();
            if (e.location() != null) view.location = e.location();
            if (e.coDepartments() != null) view.coDepartments = new ArrayList<>(e.coDepartments());
            if (e.plannedStart() != null) view.plannedStart = e.plannedStart();
            if (e.plannedEnd() != null) view.plannedEnd = e.plannedEnd();
            if (e.plannedInvestment() != null) view.plannedInvestment = e.plannedInvestment();
            record(view, timeline, event, eventId, sequence, at, null, null, () -> "amended: " + e.reason());
        } else if (event instanceof LeadDepartmentReassigned e) {
            view.leadDepartment = e.newLead();
            record(view, timeline, event, eventId, sequence, at, null, null, () -> "lead: " + e.previousLead() + " -> " + e.newLead());
        } else if (event instanceof MilestonePlanned e) {
            ProjectView.MilestoneView m = new ProjectView.MilestoneView();
            m.milestoneId = e.milestoneId();
            m.title = e.title();
            m.plannedDate = e.plannedDate();
            m.originalPlannedDate = e.plannedDate();
            m.weight = e.weight();
            view.milestones.add(m);
            record(view, timeline, event, eventId, sequence, at, e.plannedDate(), e.milestoneId(), () -> "planned: " + e.title() + " by " + e.plannedDate());
        } else if (event instanceof MilestoneStarted e) {
            ProjectView.MilestoneView m = view.milestone(e.milestoneId());
            m.stage = "STARTED";
            m.startedOn = e.startedOn();
            reported(view, m, e.startedOn(), e.narrative());
            record(view, timeline, event, eventId, sequence, at, e.startedOn(), e.milestoneId(), () -> "started");
        } else if (event instanceof MilestoneProgressReported e) {
            ProjectView.MilestoneView m = view.milestone(e.milestoneId());
            if ("PLANNED".equals(m.stage)) {
                m.stage = "STARTED";
                m.startedOn = e.reportedOn();
            }
            m.percentComplete = e.percentComplete();
            if (e.investmentCompleted() != null) {
                view.investmentCompleted = view.investmentCompleted.add(e.investmentCompleted());
            }
            reported(view, m, e.reportedOn(), e.narrative());
            record(view, timeline, event, eventId, sequence, at, e.reportedOn(), e.milestoneId(), () -> "progress " + e.percentComplete() + "%"
                    + (e.correctionReason() == null ? "" : " (correction: " + e.correctionReason() + ")"));
        } else if (event instanceof MilestoneAchieved e) {
            ProjectView.MilestoneView m = view.milestone(e.milestoneId());
            m.stage = "ACHIEVED";
            m.percentComplete = 100;
            m.achievedOn = e.achievedOn();
            reported(view, m, e.achievedOn(), e.narrative());
            record(view, timeline, event, eventId, sequence, at, e.achievedOn(), e.milestoneId(), () -> "achieved");
        } else if (event instanceof MilestoneRescheduled e) {
            ProjectView.MilestoneView m = view.milestone(e.milestoneId());
            m.plannedDate = e.newDate();
            m.lastRescheduleReason = e.reason();
            m.overdueSince = null;
            record(view, timeline, event, eventId, sequence, at, e.newDate(), e.milestoneId(), () ->
                    "rescheduled " + e.previousDate() + " -> " + e.newDate() + ": " + e.reason());
        } else if (event instanceof MilestoneDropped e) {
            ProjectView.MilestoneView m = view.milestone(e.milestoneId());
            m.stage = "DROPPED";
            m.droppedReason = e.reason();
            record(view, timeline, event, eventId, sequence, at, null, e.milestoneId(), () -> "dropped: " + e.reason());
        } else if (event instanceof MilestoneOverdue e) {
            view.milestone(e.milestoneId()).overdueSince = e.plannedDate().plusDays(1);
            record(view, timeline, event, eventId, sequence, at, e.detectedOn(), e.milestoneId(), () -> "overdue since " + e.plannedDate());
        } else if (event instanceof RiskRaised e) {
            ProjectView.RiskView risk = new ProjectView.RiskView();
            risk.riskId = e.riskId();
            risk.severity = e.severity().name();
            risk.description = e.description();
            risk.raisedOn = e.raisedOn();
            view.risks.add(risk);
            record(view, timeline, event, eventId, sequence, at, e.raisedOn(), null, () -> e.severity() + " risk: " + e.description());
        } else if (event instanceof RiskResolved e) {
            view.risks.stream().filter(r -> r.riskId.equals(e.riskId())).forEach(r -> {
                r.resolvedOn = e.resolvedOn();
                r.resolution = e.resolution();
            });
            record(view, timeline, event, eventId, sequence, at, e.resolvedOn(), null, () -> "risk resolved: " + e.resolution());
        } else if (event instanceof KeyProjectSuspended e) {
            view.lifecycle = "SUSPENDED";
            record(view, timeline, event, eventId, sequence, at, e.effectiveOn(), null, () -> "suspended: " + e.reason());
        } else if (event instanceof KeyProjectResumed e) {
            view.lifecycle = "ACTIVE";
            record(view, timeline, event, eventId, sequence, at, e.effectiveOn(), null, () -> "resumed: " + e.reason());
        } else if (event instanceof KeyProjectCompleted e) {
            view.lifecycle = "COMPLETED";
            record(view, timeline, event, eventId, sequence, at, e.effectiveOn(), null, () -> "completed: " + e.reason());
        } else if (event instanceof KeyProjectCancelled e) {
            view.lifecycle = "CANCELLED";
            record(view, timeline, event, eventId, sequence, at, e.effectiveOn(), null, () -> "cancelled: " + e.reason());
        } else {
            throw new IllegalArgumentException("no rule for " + event.getClass().getSimpleName());
        }
        return true;
    }

    private static void reported(ProjectView view, ProjectView.MilestoneView m, LocalDate on, String narrative) {
        m.lastReportedOn = on;
        if (narrative != null) {
            m.lastNarrative = narrative;
        }
        if (view.lastReportedOn == null || on.isAfter(view.lastReportedOn)) {
            view.lastReportedOn = on;
        }
    }

    /** The summary is built only for a timeline: the projection's fold does not keep one. */
    private static void record(ProjectView view, boolean timeline, ProjectEvent e, String eventId, long sequence,
                               Instant at, LocalDate businessDate, String milestoneId, Supplier<String> summary) {
        Provenance who = e.provenance();
        Instant recordedAt = who == null || who.recordedAt() == null ? at : who.recordedAt();
        if (timeline) {
            view.timeline.add(new ProjectView.TimelineEntry(eventId, sequence, e.getClass().getSimpleName(), businessDate,
                    recordedAt, who == null ? null : who.department(), who == null ? null : who.client(), milestoneId, summary.get()));
        }
        view.lastSequence = sequence;
        view.updatedAt = recordedAt;
    }
}
