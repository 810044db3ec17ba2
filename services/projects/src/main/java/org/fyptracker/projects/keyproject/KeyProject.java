package org.fyptracker.projects.keyproject;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fyptracker.contracts.PlanPeriod;
import org.fyptracker.contracts.PlanRef;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.projects.AchieveMilestone;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.MilestoneAchieved;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.contracts.projects.MilestoneStarted;
import org.fyptracker.contracts.projects.PlanMilestone;
import org.fyptracker.contracts.projects.RegisterKeyProject;
import org.fyptracker.contracts.projects.ReportMilestoneProgress;
import org.fyptracker.contracts.projects.StartMilestone;

/**
 * A key project and its milestones. Decides whether a command is allowed by the rules of the record and,
 * if so, applies the event; a command repeated under an Idempotency-Key it has already seen changes nothing.
 */
@Aggregate
public class KeyProject {

    @AggregateIdentifier
    private String projectId;
    private String planCode;
    private LocalDate plannedEnd;
    private final Map<String, MilestoneState> milestones = new HashMap<>();
    private final Set<String> seenIdempotencyKeys = new HashSet<>();

    protected KeyProject() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public KeyProject(RegisterKeyProject command) {
        require(PlanRef.isValid(command.planRef()), "plan-reference-format", "planRef",
                "'" + command.planRef() + "' is not a plan reference such as FZ-15.C14");
        require(command.plannedStart() != null && PlanPeriod.contains(command.plannedStart()), "date-within-plan-period",
                "plannedStart", "plannedStart " + command.plannedStart() + " is outside the plan period "
                        + PlanPeriod.START + " to " + PlanPeriod.END);
        require(command.plannedEnd() != null && PlanPeriod.containsLongRange(command.plannedEnd()),
                "date-within-plan-period", "plannedEnd", "plannedEnd " + command.plannedEnd()
                        + " is outside the plan period (items the plan sets for 2035 may end by " + PlanPeriod.LONG_RANGE_END + ")");
        require(!command.plannedEnd().isBefore(command.plannedStart()), "end-not-before-start", "plannedEnd",
                "plannedEnd " + command.plannedEnd() + " is before plannedStart " + command.plannedStart());
        require(command.plannedInvestment() == null || command.plannedInvestment().signum() >= 0,
                "investment-not-negative", "plannedInvestment", "planned investment cannot be negative");
        apply(new KeyProjectRegistered(command.projectId(), command.name(), command.planRef(),
                new PlanRef(command.planRef()).planCode(), command.kind(), command.leadDepartment(),
                command.coDepartments(), command.location(), command.plannedStart(), command.plannedEnd(),
                command.plannedInvestment(), command.provenance()));
    }

    @CommandHandler
    public void handle(PlanMilestone command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        if (milestones.containsKey(command.milestoneId())) {
            throw RuleViolation.conflict("milestone-already-planned", "milestoneId",
                    "milestone " + command.milestoneId() + " is already planned");
        }
        withinPlanPeriod(command.plannedDate(), "plannedDate");
        require(command.weight() >= 0, "weight-not-negative", "weight", "weight cannot be negative");
        apply(new MilestonePlanned(projectId, command.milestoneId(), command.title(), command.plannedDate(),
                command.weight(), planCode, command.provenance()));
    }

    @CommandHandler
    public void handle(StartMilestone command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        MilestoneState milestone = planned(command.milestoneId());
        if (milestone.stage() != MilestoneState.Stage.PLANNED) {
            throw RuleViolation.conflict("milestone-already-started", "type",
                    "milestone " + command.milestoneId() + " is already " + milestone.stage().name().toLowerCase());
        }
        withinPlanPeriod(command.startedOn(), "reportedOn");
        apply(new MilestoneStarted(projectId, command.milestoneId(), command.reportId(), command.startedOn(),
                command.narrative(), planCode, command.provenance()));
    }

    @CommandHandler
    public void handle(ReportMilestoneProgress command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        MilestoneState milestone = planned(command.milestoneId());
        notAchieved(command.milestoneId(), milestone);
        require(command.percentComplete() >= 0 && command.percentComplete() <= 100, "percent-between-0-and-100",
                "percentComplete", "percentComplete must be between 0 and 100");
        require(command.percentComplete() >= milestone.percentComplete(), "progress-not-backwards",
                "percentComplete", "progress was " + milestone.percentComplete() + "%, a report cannot lower it");
        require(command.investmentCompleted() == null || command.investmentCompleted().signum() >= 0,
                "investment-not-negative", "investmentCompleted", "investment completed cannot be negative");
        withinPlanPeriod(command.reportedOn(), "reportedOn");
        apply(new MilestoneProgressReported(projectId, command.milestoneId(), command.reportId(),
                command.percentComplete(), command.investmentCompleted(), command.narrative(), command.evidence(),
                command.reportedOn(), planCode, command.provenance()));
    }

    @CommandHandler
    public void handle(AchieveMilestone command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        MilestoneState milestone = planned(command.milestoneId());
        notAchieved(command.milestoneId(), milestone);
        withinPlanPeriod(command.achievedOn(), "reportedOn");
        apply(new MilestoneAchieved(projectId, command.milestoneId(), command.reportId(), command.achievedOn(),
                command.narrative(), planCode, command.provenance()));
    }

    @EventSourcingHandler
    void on(KeyProjectRegistered event) {
        projectId = event.projectId();
        planCode = event.planCode();
        plannedEnd = event.plannedEnd();
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(MilestonePlanned event) {
        milestones.put(event.milestoneId(), new MilestoneState(event.plannedDate()));
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(MilestoneStarted event) {
        milestones.get(event.milestoneId()).started();
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(MilestoneProgressReported event) {
        milestones.get(event.milestoneId()).progressed(event.percentComplete());
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(MilestoneAchieved event) {
        milestones.get(event.milestoneId()).achieved();
        remember(event.provenance());
    }

    private boolean alreadyHandled(Provenance provenance) {
        return provenance != null && provenance.idempotencyKey() != null
                && seenIdempotencyKeys.contains(provenance.idempotencyKey());
    }

    private void remember(Provenance provenance) {
        if (provenance != null && provenance.idempotencyKey() != null) {
            seenIdempotencyKeys.add(provenance.idempotencyKey());
        }
    }

    private MilestoneState planned(String milestoneId) {
        MilestoneState milestone = milestones.get(milestoneId);
        if (milestone == null) {
            throw RuleViolation.notFound("milestone-not-planned", "milestoneId",
                    "project " + projectId + " has no milestone " + milestoneId);
        }
        return milestone;
    }

    private static void notAchieved(String milestoneId, MilestoneState milestone) {
        if (milestone.stage() == MilestoneState.Stage.ACHIEVED) {
            throw RuleViolation.conflict("milestone-already-achieved", "type",
                    "milestone " + milestoneId + " is already achieved");
        }
    }

    /** Within 2026–2030, or up to the project's own end for the items the plan sets for 2035. */
    private void withinPlanPeriod(LocalDate date, String field) {
        LocalDate last = plannedEnd != null && plannedEnd.isAfter(PlanPeriod.END) ? plannedEnd : PlanPeriod.END;
        require(date != null && !date.isBefore(PlanPeriod.START) && !date.isAfter(last), "date-within-plan-period",
                field, field + " " + date + " is outside the plan period " + PlanPeriod.START + " to " + last);
    }

    private static void require(boolean condition, String rule, String field, String detail) {
        if (!condition) {
            throw RuleViolation.invalid(rule, field, detail);
        }
    }
}
