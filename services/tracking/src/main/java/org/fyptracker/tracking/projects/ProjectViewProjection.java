package org.fyptracker.tracking.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.projects.KeyProjectAmended;
import org.fyptracker.contracts.projects.KeyProjectCancelled;
import org.fyptracker.contracts.projects.KeyProjectCompleted;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.KeyProjectResumed;
import org.fyptracker.contracts.projects.KeyProjectSuspended;
import org.fyptracker.contracts.projects.LeadDepartmentReassigned;
import org.fyptracker.contracts.projects.MilestoneDropped;
import org.fyptracker.contracts.projects.MilestoneOverdue;
import org.fyptracker.contracts.projects.MilestoneRescheduled;
import org.fyptracker.contracts.projects.RiskRaised;
import org.fyptracker.contracts.projects.RiskResolved;
import org.fyptracker.contracts.projects.MilestoneAchieved;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.contracts.projects.MilestoneStarted;
import org.fyptracker.contracts.projects.ProjectEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ProjectView} up to date from the projects topic. Events of one project arrive in order
 * (the Kafka key is the project id); one already applied is skipped by its sequence number.
 */
@Component
@ProcessingGroup(ProjectViewProjection.GROUP)
public class ProjectViewProjection {

    public static final String GROUP = "project-views";

    private final MongoTemplate mongo;

    public ProjectViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(KeyProjectRegistered e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        if (mongo.findById(e.projectId(), ProjectView.class) != null) {
            return; // seen before
        }
        ProjectView view = new ProjectView();
        view.projectId = e.projectId();
        view.name = e.name();
        view.planRef = e.planRef();
        view.planCode = e.planCode();
        view.kind = e.kind() == null ? null : e.kind().name();
        view.leadDepartment = e.leadDepartment();
        view.coDepartments = new java.util.ArrayList<>(e.coDepartments());
        view.location = e.location();
        view.plannedStart = e.plannedStart();
        view.plannedEnd = e.plannedEnd();
        view.plannedInvestment = e.plannedInvestment();
        record(view, e, message, sequence, at, e.plannedStart(), null, "registered: " + e.name());
        mongo.save(view);
    }

    @EventHandler
    void on(MilestonePlanned e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, e.plannedDate(), e.milestoneId(), "planned: " + e.title() + " by " + e.plannedDate(), view -> {
            ProjectView.MilestoneView milestone = new ProjectView.MilestoneView();
            milestone.milestoneId = e.milestoneId();
            milestone.title = e.title();
            milestone.plannedDate = e.plannedDate();
            milestone.originalPlannedDate = e.plannedDate();
            milestone.weight = e.weight();
            view.milestones.add(milestone);
        });
    }

    @EventHandler
    void on(MilestoneStarted e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, e.startedOn(), e.milestoneId(), "started", view -> {
            ProjectView.MilestoneView milestone = view.milestone(e.milestoneId());
            milestone.stage = "STARTED";
            milestone.startedOn = e.startedOn();
            reported(view, milestone, e.startedOn(), e.narrative());
        });
    }

    @EventHandler
    void on(MilestoneProgressReported e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, e.reportedOn(), e.milestoneId(), "progress " + e.percentComplete() + "%", view -> {
            ProjectView.MilestoneView milestone = view.milestone(e.milestoneId());
            if ("PLANNED".equals(milestone.stage)) {
                milestone.stage = "STARTED";
                milestone.startedOn = e.reportedOn();
            }
            milestone.percentComplete = e.percentComplete();
            reported(view, milestone, e.reportedOn(), e.narrative());
        });
    }

    @EventHandler
    void on(MilestoneAchieved e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, e.achievedOn(), e.milestoneId(), "achieved", view -> {
            ProjectView.MilestoneView milestone = view.milestone(e.milestoneId());
            milestone.stage = "ACHIEVED";
            milestone.percentComplete = 100;
            milestone.achievedOn = e.achievedOn();
            reported(view, milestone, e.achievedOn(), e.narrative());
        });
    }

    @EventHandler
    void on(KeyProjectAmended e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, null, null, "amended: " + e.reason(), view -> {
            if (e.name() != null) view.name = e.name();
            if (e.location() != null) view.location = e.location();
            if (e.coDepartments() != null) view.coDepartments = new java.util.ArrayList<>(e.coDepartments());
            if (e.plannedStart() != null) view.plannedStart = e.plannedStart();
            if (e.plannedEnd() != null) view.plannedEnd = e.plannedEnd();
            if (e.plannedInvestment() != null) view.plannedInvestment = e.plannedInvestment();
        });
    }

    @EventHandler
    void on(LeadDepartmentReassigned e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, null, null, "lead: " + e.previousLead() + " -> " + e.newLead(),
                view -> view.leadDepartment = e.newLead());
    }

    @EventHandler
    void on(MilestoneRescheduled e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, e.newDate(), e.milestoneId(),
                "rescheduled " + e.previousDate() + " -> " + e.newDate() + ": " + e.reason(), view -> {
                    ProjectView.MilestoneView milestone = view.milestone(e.milestoneId());
                    milestone.plannedDate = e.newDate();
                    milestone.lastRescheduleReason = e.reason();
                    milestone.overdueSince = null;
                });
    }

    @EventHandler
    void on(MilestoneDropped e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, null, e.milestoneId(), "dropped: " + e.reason(), view -> {
            ProjectView.MilestoneView milestone = view.milestone(e.milestoneId());
            milestone.stage = "DROPPED";
            milestone.droppedReason = e.reason();
        });
    }

    @EventHandler
    void on(MilestoneOverdue e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, e.detectedOn(), e.milestoneId(), "overdue since " + e.plannedDate(),
                view -> view.milestone(e.milestoneId()).overdueSince = e.plannedDate().plusDays(1));
    }

    @EventHandler
    void on(RiskRaised e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, e.raisedOn(), null, e.severity() + " risk: " + e.description(), view -> {
            ProjectView.RiskView risk = new ProjectView.RiskView();
            risk.riskId = e.riskId();
            risk.severity = e.severity().name();
            risk.description = e.description();
            risk.raisedOn = e.raisedOn();
            view.risks.add(risk);
        });
    }

    @EventHandler
    void on(RiskResolved e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, e.resolvedOn(), null, "risk resolved: " + e.resolution(), view ->
                view.risks.stream().filter(r -> r.riskId.equals(e.riskId())).forEach(r -> {
                    r.resolvedOn = e.resolvedOn();
                    r.resolution = e.resolution();
                }));
    }

    @EventHandler
    void on(KeyProjectSuspended e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, e.effectiveOn(), null, "suspended: " + e.reason(), view -> view.lifecycle = "SUSPENDED");
    }

    @EventHandler
    void on(KeyProjectResumed e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, e.effectiveOn(), null, "resumed: " + e.reason(), view -> view.lifecycle = "ACTIVE");
    }

    @EventHandler
    void on(KeyProjectCompleted e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, e.effectiveOn(), null, "completed: " + e.reason(), view -> view.lifecycle = "COMPLETED");
    }

    @EventHandler
    void on(KeyProjectCancelled e, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        update(e, message, sequence, at, e.effectiveOn(), null, "cancelled: " + e.reason(), view -> view.lifecycle = "CANCELLED");
    }

    private void update(ProjectEvent e, EventMessage<?> message, Long sequence, Instant at, LocalDate businessDate,
                        String milestoneId, String summary, Consumer<ProjectView> change) {
        ProjectView view = mongo.findById(e.projectId(), ProjectView.class);
        if (view == null || sequence <= view.lastSequence) {
            return; // not registered yet here, or seen before
        }
        change.accept(view);
        record(view, e, message, sequence, at, businessDate, milestoneId, summary);
        mongo.save(view);
    }

    private static void reported(ProjectView view, ProjectView.MilestoneView milestone, LocalDate on, String narrative) {
        milestone.lastReportedOn = on;
        if (narrative != null) {
            milestone.lastNarrative = narrative;
        }
        if (view.lastReportedOn == null || on.isAfter(view.lastReportedOn)) {
            view.lastReportedOn = on;
        }
    }

    private static void record(ProjectView view, ProjectEvent e, EventMessage<?> message, Long sequence, Instant at,
                               LocalDate businessDate, String milestoneId, String summary) {
        Provenance who = e.provenance();
        view.timeline.add(new ProjectView.TimelineEntry(message.getIdentifier(), sequence,
                e.getClass().getSimpleName(), businessDate, who == null ? at : who.recordedAt(),
                who == null ? null : who.department(), who == null ? null : who.client(), milestoneId, summary));
        view.lastSequence = sequence;
        view.updatedAt = at;
    }
}
