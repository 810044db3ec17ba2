package org.fyptracker.projects.keyproject;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;
import org.fyptracker.contracts.PlanPeriod;
import org.fyptracker.contracts.PlanRef;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.projects.AchieveMilestone;
import org.fyptracker.contracts.projects.AmendKeyProject;
import org.fyptracker.contracts.projects.CancelKeyProject;
import org.fyptracker.contracts.projects.CompleteKeyProject;
import org.fyptracker.contracts.projects.DropMilestone;
import org.fyptracker.contracts.projects.KeyProjectAmended;
import org.fyptracker.contracts.projects.KeyProjectCancelled;
import org.fyptracker.contracts.projects.KeyProjectCompleted;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.KeyProjectResumed;
import org.fyptracker.contracts.projects.KeyProjectSuspended;
import org.fyptracker.contracts.projects.LeadDepartmentReassigned;
import org.fyptracker.contracts.projects.MarkMilestoneOverdue;
import org.fyptracker.contracts.projects.MilestoneAchieved;
import org.fyptracker.contracts.projects.MilestoneDropped;
import org.fyptracker.contracts.projects.MilestoneOverdue;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.contracts.projects.MilestoneRescheduled;
import org.fyptracker.contracts.projects.MilestoneStarted;
import org.fyptracker.contracts.projects.PlanMilestone;
import org.fyptracker.contracts.projects.RaiseRisk;
import org.fyptracker.contracts.projects.ReassignLeadDepartment;
import org.fyptracker.contracts.projects.RegisterKeyProject;
import org.fyptracker.contracts.projects.ReportMilestoneProgress;
import org.fyptracker.contracts.projects.RescheduleMilestone;
import org.fyptracker.contracts.projects.ResolveRisk;
import org.fyptracker.contracts.projects.ResumeKeyProject;
import org.fyptracker.contracts.projects.RiskRaised;
import org.fyptracker.contracts.projects.RiskResolved;
import org.fyptracker.contracts.projects.StartMilestone;
import org.fyptracker.contracts.projects.SuspendKeyProject;
import org.fyptracker.platform.security.CallerAuthority;

/**
 * A key project and its milestones. Decides whether a command is allowed by the rules of the record and,
 * if so, applies the event; a command repeated under an Idempotency-Key it has already seen changes
 * nothing. Every rejection names its rule (see docs/projects.md).
 */
@Aggregate(snapshotTriggerDefinition = "keyProjectSnapshotTrigger", cache = "keyProjectCache")
public class KeyProject {

    @AggregateIdentifier
    private String projectId;
    private String planCode;
    private String leadDepartment;
    private final Set<String> coDepartments = new HashSet<>();
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private ProjectStatus status;
    private final Map<String, MilestoneState> milestones = new HashMap<>();
    private final Set<String> openRisks = new HashSet<>();
    /**
     * The Idempotency-Keys of the last {@value #KEYS_REMEMBERED} commands applied, oldest first. They guard a retry
     * of a request that crashed half-way (it retries within minutes, docs/projects.md); all of five years of
     * reports would grow the aggregate, its snapshots and the cache without end.
     */
    private final LinkedHashSet<String> seenIdempotencyKeys = new LinkedHashSet<>();
    static final int KEYS_REMEMBERED = 1_000;

    protected KeyProject() {
        // for Axon: rebuilt from its events
    }

    // ---- the project ------------------------------------------------------------------------------

    @CommandHandler
    public KeyProject(RegisterKeyProject command, MetaData metaData) {
        CallerAuthority.from(metaData).ifPresent(caller -> ProjectAuthority.checkRegister(caller, command.leadDepartment()));
        require(PlanRef.isValid(command.planRef()), "plan-reference-format", "planRef",
                "'" + command.planRef() + "' is not a plan reference such as FZ-15.C14");
        require(command.plannedStart() != null && PlanPeriod.contains(command.plannedStart()), "date-within-plan-period",
                "plannedStart", "plannedStart " + command.plannedStart() + " is outside the plan period "
                        + PlanPeriod.START + " to " + PlanPeriod.END);
        requireProjectEnd(command.plannedEnd());
        requireOrdered(command.plannedStart(), command.plannedEnd());
        requireNotNegative(command.plannedInvestment(), "plannedInvestment");
        apply(new KeyProjectRegistered(command.projectId(), command.name(), command.planRef(),
                new PlanRef(command.planRef()).planCode(), command.kind(), command.leadDepartment(),
                command.coDepartments(), command.location(), command.plannedStart(), command.plannedEnd(),
                command.plannedInvestment(), command.provenance()));
    }

    /** Before every command to an existing project: may this caller change it? (ProjectAuthority) */
    @CommandHandlerInterceptor
    public Object authorize(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        CallerAuthority.from(command.getMetaData()).ifPresent(caller ->
                ProjectAuthority.checkChange(caller, command.getPayload(), leadDepartment, coDepartments));
        return chain.proceed();
    }

    @CommandHandler
    public void handle(AmendKeyProject command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireActive();
        LocalDate start = Objects.requireNonNullElse(command.plannedStart(), plannedStart);
        LocalDate end = Objects.requireNonNullElse(command.plannedEnd(), plannedEnd);
        if (command.plannedStart() != null) {
            require(PlanPeriod.contains(start), "date-within-plan-period", "plannedStart",
                    "plannedStart " + start + " is outside the plan period");
        }
        requireProjectEnd(end);
        requireOrdered(start, end);
        requireNotNegative(command.plannedInvestment(), "plannedInvestment");
        requireReason(command.reason());
        apply(new KeyProjectAmended(projectId, command.name(), command.location(), command.coDepartments(),
                command.plannedStart(), command.plannedEnd(), command.plannedInvestment(), command.reason(),
                planCode, command.provenance()));
    }

    @CommandHandler
    public void handle(ReassignLeadDepartment command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        require(command.newLead() != null && !command.newLead().isBlank(), "lead-department-required", "newLead",
                "name the department that leads from now on");
        if (command.newLead().equals(leadDepartment)) {
            return; // already so: nothing to record
        }
        require(status != ProjectStatus.CANCELLED && status != ProjectStatus.COMPLETED, "project-closed", "status",
                "project " + projectId + " is " + status.name().toLowerCase());
        apply(new LeadDepartmentReassigned(projectId, leadDepartment, command.newLead(), command.reason(), planCode,
                command.provenance()));
    }

    @CommandHandler
    public void handle(SuspendKeyProject command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireActive();
        requireReason(command.reason());
        withinPlanPeriod(command.effectiveOn(), "effectiveOn");
        apply(new KeyProjectSuspended(projectId, command.reason(), command.effectiveOn(), planCode, command.provenance()));
    }

    @CommandHandler
    public void handle(ResumeKeyProject command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        if (status != ProjectStatus.SUSPENDED) {
            throw RuleViolation.conflict("project-not-suspended", "status", "only a suspended project can resume");
        }
        requireReason(command.reason());
        withinPlanPeriod(command.effectiveOn(), "effectiveOn");
        apply(new KeyProjectResumed(projectId, command.reason(), command.effectiveOn(), planCode, command.provenance()));
    }

    @CommandHandler
    public void handle(CompleteKeyProject command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireActive();
        requireReason(command.reason());
        withinPlanPeriod(command.effectiveOn(), "effectiveOn");
        long outstanding = milestones.values().stream().filter(MilestoneState::open).count();
        if (outstanding > 0) {
            throw RuleViolation.conflict("milestones-outstanding", "milestones", outstanding
                    + " milestone(s) are neither achieved nor dropped; a project completes only when all are");
        }
        apply(new KeyProjectCompleted(projectId, command.reason(), command.effectiveOn(), planCode, command.provenance()));
    }

    @CommandHandler
    public void handle(CancelKeyProject command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        require(status == ProjectStatus.ACTIVE || status == ProjectStatus.SUSPENDED, "project-closed", "status",
                "project " + projectId + " is already " + status.name().toLowerCase());
        requireReason(command.reason());
        withinPlanPeriod(command.effectiveOn(), "effectiveOn");
        apply(new KeyProjectCancelled(projectId, command.reason(), command.effectiveOn(), planCode, command.provenance()));
    }

    // ---- milestones -------------------------------------------------------------------------------

    @CommandHandler
    public void handle(PlanMilestone command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireActive();
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
        requireActive();
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
        requireActive();
        MilestoneState milestone = open(command.milestoneId());
        require(command.percentComplete() >= 0 && command.percentComplete() <= 100, "percent-between-0-and-100",
                "percentComplete", "percentComplete must be between 0 and 100");
        boolean corrected = command.correctionReason() != null && !command.correctionReason().isBlank();
        require(corrected || command.percentComplete() >= milestone.percentComplete(), "progress-not-backwards",
                "percentComplete", "progress was " + milestone.percentComplete()
                        + "%, a report cannot lower it without a correctionReason");
        requireNotNegative(command.investmentCompleted(), "investmentCompleted");
        withinPlanPeriod(command.reportedOn(), "reportedOn");
        apply(new MilestoneProgressReported(projectId, command.milestoneId(), command.reportId(),
                command.percentComplete(), command.investmentCompleted(), command.narrative(),
                command.correctionReason(), command.evidence(), command.reportedOn(), planCode, command.provenance()));
    }

    @CommandHandler
    public void handle(AchieveMilestone command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireActive();
        MilestoneState milestone = planned(command.milestoneId());
        if (milestone.stage() == MilestoneState.Stage.ACHIEVED) {
            throw RuleViolation.conflict("milestone-already-achieved", "type",
                    "milestone " + command.milestoneId() + " is already achieved");
        }
        requireNotDropped(command.milestoneId(), milestone);
        withinPlanPeriod(command.achievedOn(), "reportedOn");
        apply(new MilestoneAchieved(projectId, command.milestoneId(), command.reportId(), command.achievedOn(),
                command.narrative(), planCode, command.provenance()));
    }

    @CommandHandler
    public void handle(RescheduleMilestone command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireActive();
        MilestoneState milestone = open(command.milestoneId());
        requireReason(command.reason());
        withinPlanPeriod(command.newDate(), "newDate");
        if (command.newDate().equals(milestone.plannedDate())) {
            return; // same date: nothing moved
        }
        apply(new MilestoneRescheduled(projectId, command.milestoneId(), milestone.plannedDate(), command.newDate(),
                command.reason(), planCode, command.provenance()));
    }

    @CommandHandler
    public void handle(DropMilestone command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireActive();
        open(command.milestoneId());
        requireReason(command.reason());
        apply(new MilestoneDropped(projectId, command.milestoneId(), command.reason(), planCode, command.provenance()));
    }

    /** From the deadline scan: emits MilestoneOverdue once per missed planned date, and only if still due. */
    @CommandHandler
    public void handle(MarkMilestoneOverdue command) {
        MilestoneState milestone = milestones.get(command.milestoneId());
        boolean stillMissed = milestone != null && milestone.open() && status == ProjectStatus.ACTIVE
                && milestone.plannedDate().equals(command.plannedDate())
                && command.today().isAfter(milestone.plannedDate())
                && !milestone.plannedDate().equals(milestone.overdueFor());
        if (stillMissed) {
            apply(new MilestoneOverdue(projectId, command.milestoneId(), milestone.plannedDate(), command.today(),
                    planCode, command.provenance()));
        }
    }

    // ---- risks ------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(RaiseRisk command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireActiveOrSuspended();
        require(command.severity() != null, "severity-required", "severity", "say how severe the risk is");
        require(command.description() != null && !command.description().isBlank(), "description-required",
                "description", "describe the risk");
        withinPlanPeriod(command.raisedOn(), "raisedOn");
        if (openRisks.contains(command.riskId())) {
            throw RuleViolation.conflict("risk-already-raised", "riskId", "risk " + command.riskId() + " is already open");
        }
        apply(new RiskRaised(projectId, command.riskId(), command.severity(), command.description(), command.raisedOn(),
                planCode, command.provenance()));
    }

    @CommandHandler
    public void handle(ResolveRisk command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        if (!openRisks.contains(command.riskId())) {
            throw RuleViolation.notFound("risk-not-open", "riskId", "project " + projectId + " has no open risk " + command.riskId());
        }
        withinPlanPeriod(command.resolvedOn(), "resolvedOn");
        apply(new RiskResolved(projectId, command.riskId(), command.resolution(), command.resolvedOn(), planCode,
                command.provenance()));
    }

    // ---- state ------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(KeyProjectRegistered event) {
        projectId = event.projectId();
        planCode = event.planCode();
        leadDepartment = event.leadDepartment();
        coDepartments.addAll(event.coDepartments());
        plannedStart = event.plannedStart();
        plannedEnd = event.plannedEnd();
        status = ProjectStatus.ACTIVE;
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(KeyProjectAmended event) {
        if (event.coDepartments() != null) {
            coDepartments.clear();
            coDepartments.addAll(event.coDepartments());
        }
        plannedStart = Objects.requireNonNullElse(event.plannedStart(), plannedStart);
        plannedEnd = Objects.requireNonNullElse(event.plannedEnd(), plannedEnd);
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(LeadDepartmentReassigned event) {
        leadDepartment = event.newLead();
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(KeyProjectSuspended event) {
        status = ProjectStatus.SUSPENDED;
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(KeyProjectResumed event) {
        status = ProjectStatus.ACTIVE;
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(KeyProjectCompleted event) {
        status = ProjectStatus.COMPLETED;
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(KeyProjectCancelled event) {
        status = ProjectStatus.CANCELLED;
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

    @EventSourcingHandler
    void on(MilestoneRescheduled event) {
        milestones.get(event.milestoneId()).rescheduled(event.newDate());
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(MilestoneDropped event) {
        milestones.get(event.milestoneId()).dropped();
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(MilestoneOverdue event) {
        milestones.get(event.milestoneId()).overdue(event.plannedDate());
    }

    @EventSourcingHandler
    void on(RiskRaised event) {
        openRisks.add(event.riskId());
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(RiskResolved event) {
        openRisks.remove(event.riskId());
        remember(event.provenance());
    }

    // ---- rules ------------------------------------------------------------------------------------

    private boolean alreadyHandled(Provenance provenance) {
        return provenance != null && provenance.idempotencyKey() != null
                && seenIdempotencyKeys.contains(provenance.idempotencyKey());
    }

    private void remember(Provenance provenance) {
        if (provenance != null && provenance.idempotencyKey() != null) {
            seenIdempotencyKeys.add(provenance.idempotencyKey());
            if (seenIdempotencyKeys.size() > KEYS_REMEMBERED) {
                seenIdempotencyKeys.remove(seenIdempotencyKeys.iterator().next());
            }
        }
    }

    private void requireActive() {
        if (status != ProjectStatus.ACTIVE) {
            throw RuleViolation.conflict("project-not-active", "status",
                    "project " + projectId + " is " + status.name().toLowerCase() + " and takes no reports");
        }
    }

    private void requireActiveOrSuspended() {
        if (status != ProjectStatus.ACTIVE && status != ProjectStatus.SUSPENDED) {
            throw RuleViolation.conflict("project-not-active", "status",
                    "project " + projectId + " is " + status.name().toLowerCase());
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

    /** A planned milestone that is neither achieved nor dropped. */
    private MilestoneState open(String milestoneId) {
        MilestoneState milestone = planned(milestoneId);
        if (milestone.stage() == MilestoneState.Stage.ACHIEVED) {
            throw RuleViolation.conflict("milestone-already-achieved", "type",
                    "milestone " + milestoneId + " is already achieved");
        }
        requireNotDropped(milestoneId, milestone);
        return milestone;
    }

    private static void requireNotDropped(String milestoneId, MilestoneState milestone) {
        if (milestone.stage() == MilestoneState.Stage.DROPPED) {
            throw RuleViolation.conflict("milestone-dropped", "milestoneId", "milestone " + milestoneId + " was dropped");
        }
    }

    /** Within 2026–2030, or up to the project's own end for the items the plan sets for 2035. */
    private void withinPlanPeriod(LocalDate date, String field) {
        LocalDate last = plannedEnd != null && plannedEnd.isAfter(PlanPeriod.END) ? plannedEnd : PlanPeriod.END;
        require(date != null && !date.isBefore(PlanPeriod.START) && !date.isAfter(last), "date-within-plan-period",
                field, field + " " + date + " is outside the plan period " + PlanPeriod.START + " to " + last);
    }

    private static void requireProjectEnd(LocalDate end) {
        require(end != null && PlanPeriod.containsLongRange(end), "date-within-plan-period", "plannedEnd",
                "plannedEnd " + end + " is outside the plan period (items the plan sets for 2035 may end by "
                        + PlanPeriod.LONG_RANGE_END + ")");
    }

    private static void requireOrdered(LocalDate start, LocalDate end) {
        require(!end.isBefore(start), "end-not-before-start", "plannedEnd",
                "plannedEnd " + end + " is before plannedStart " + start);
    }

    private static void requireNotNegative(java.math.BigDecimal amount, String field) {
        require(amount == null || amount.signum() >= 0, "investment-not-negative", field, field + " cannot be negative");
    }

    private static void requireReason(String reason) {
        require(reason != null && !reason.isBlank(), "reason-required", "reason", "a reason is required");
    }

    private static void require(boolean condition, String rule, String field, String detail) {
        if (!condition) {
            throw RuleViolation.invalid(rule, field, detail);
        }
    }
}
