package org.fyptracker.indicators.indicator;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fyptracker.contracts.PlanRef;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.indicators.AdjustTarget;
import org.fyptracker.contracts.indicators.AssignResponsibility;
import org.fyptracker.contracts.indicators.AssignTarget;
import org.fyptracker.contracts.indicators.DefineIndicator;
import org.fyptracker.contracts.indicators.IndicatorDefined;
import org.fyptracker.contracts.indicators.ObservationKind;
import org.fyptracker.contracts.indicators.ObservationPeriod;
import org.fyptracker.contracts.indicators.ObservationRecorded;
import org.fyptracker.contracts.indicators.ObservationRevised;
import org.fyptracker.contracts.indicators.RecordObservation;
import org.fyptracker.contracts.indicators.ResponsibilityAssigned;
import org.fyptracker.contracts.indicators.ReviseObservation;
import org.fyptracker.contracts.indicators.TargetAdjusted;
import org.fyptracker.contracts.indicators.TargetAssigned;
import org.fyptracker.contracts.plans.TypedTarget;
import org.fyptracker.platform.security.CallerAuthority;

/**
 * A main indicator (主要指标) of a plan: its typed target and the figures the statistics report for it.
 * Decides whether a command keeps the rules of the record and, if so, applies the event; a command
 * repeated under an Idempotency-Key it has already seen changes nothing. Every rejection names its rule
 * (see docs/indicators.md).
 */
@Aggregate
public class Indicator {

    static final int FIRST_YEAR = 2025;
    static final int PLAN_END = 2030;
    static final int LONG_RANGE_END = 2035;
    /** Departments that may report any indicator; until tokens are verified an anonymous caller may too. */
    static final Set<String> ADMINS = Set.of("admin", "system");

    @AggregateIdentifier
    private String indicatorCode;
    private String planCode;
    private String name;
    private String unit;
    private TypedTarget target;
    private boolean assignedByHigherLevel;
    private boolean quarterly;
    private int horizonYear;
    private final List<String> responsible = new ArrayList<>();
    private final Map<String, RecordedFigure> figures = new HashMap<>();
    private final Set<String> seenIdempotencyKeys = new HashSet<>();

    protected Indicator() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Indicator(DefineIndicator command, MetaData metaData) {
        CallerAuthority.from(metaData).ifPresent(caller ->
                IndicatorAuthority.check(caller, command, command.indicatorCode(), List.of()));
        require(IndicatorCodes.isIndicatorCode(command.indicatorCode()), "indicator-code-format", "code",
                "'" + command.indicatorCode() + "' is not an indicator code such as FZ-15.I04 or FZ-15.I14.1");
        require(notBlank(command.name()), "name-required", "name", "an indicator needs its name as the plan writes it");
        require(command.attribute() != null, "attribute-required", "attribute", "say whether it is BINDING (约束性) or EXPECTED (预期性)");
        require(command.target() != null, "target-required", "target", "an indicator needs its typed 2030 target");
        int horizon = Objects.requireNonNullElse(command.horizonYear(), PLAN_END);
        require(horizon >= PLAN_END && horizon <= LONG_RANGE_END, "horizon-within-plan", "horizonYear",
                "horizonYear is " + PLAN_END + ", or up to " + LONG_RANGE_END + " where the plan says so");
        apply(new IndicatorDefined(command.indicatorCode(), new PlanRef(command.indicatorCode()).planCode(),
                command.category(), command.name(), command.parentName(), command.unit(), command.attribute(),
                command.baseline(), command.targetText(), command.growthText(), command.target(),
                command.responsibleDepartments(), command.quarterly(), horizon, command.provenance()));
    }

    /** Before every command to an existing indicator: may this caller change it? (IndicatorAuthority) */
    @CommandHandlerInterceptor
    public Object authorize(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        CallerAuthority.from(command.getMetaData()).ifPresent(caller ->
                IndicatorAuthority.check(caller, command.getPayload(), indicatorCode, responsible));
        return chain.proceed();
    }

    @CommandHandler
    public void handle(AssignResponsibility command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        require(command.departments() != null && !command.departments().isEmpty()
                        && command.departments().stream().allMatch(Indicator::notBlank),
                "departments-required", "departments", "name at least one responsible department");
        if (responsible.equals(command.departments())) {
            return; // already so: nothing to record
        }
        apply(new ResponsibilityAssigned(indicatorCode, command.departments(), command.reason(), planCode,
                command.provenance()));
    }

    @CommandHandler
    public void handle(AssignTarget command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        if (!assignedByHigherLevel) {
            throw RuleViolation.conflict("target-assigned-by-higher-level", "target", "the target of " + indicatorCode
                    + " is set by the plan itself; change it with a target adjustment and its approval reference");
        }
        require(notBlank(command.documentReference()), "document-reference-required", "documentReference",
                "name the document in which the higher level assigned the target");
        require(TargetKinds.isNumeric(command.target()), "assigned-target-is-a-number", "target",
                "an assigned target states a number: Absolute, About, AtLeast, AtMost, AnnualGrowth or Cumulative");
        apply(new TargetAssigned(indicatorCode, command.target(), command.documentReference(), planCode,
                command.provenance()));
    }

    @CommandHandler
    public void handle(AdjustTarget command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        require(notBlank(command.approvalReference()), "approval-reference-required", "approvalReference",
                "a target adjustment needs the approval of the people's congress standing committee; name it");
        require(notBlank(command.reason()), "reason-required", "reason", "say why the target is adjusted");
        require(command.target() != null && !(command.target() instanceof TypedTarget.AssignedByHigherLevel),
                "adjusted-target-stated", "target", "an adjustment states the new target");
        apply(new TargetAdjusted(indicatorCode, target, command.target(), command.approvalReference(),
                command.reason(), planCode, command.provenance()));
    }

    @CommandHandler
    public void handle(RecordObservation command, MetaData metaData) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireResponsible(command.provenance(), metaData);
        String period = checkedPeriod(command.period());
        checkFigure(command.value(), command.kind());
        RecordedFigure existing = figures.get(period);
        if (existing == null) {
            apply(new ObservationRecorded(indicatorCode, period, command.value(), command.kind(), command.source(),
                    command.laggedYear(), command.note(), planCode, command.provenance()));
            return;
        }
        if (existing.kind() == ObservationKind.FINAL) {
            throw RuleViolation.conflict("observation-already-final", "period", "period " + period
                    + " already holds the final figure " + existing.value().toPlainString()
                    + "; change it with a revision and its reason");
        }
        if (command.kind() != ObservationKind.FINAL) {
            throw RuleViolation.conflict("observation-already-recorded", "period", "period " + period + " already holds "
                    + existing.kind().name().toLowerCase() + " figure " + existing.value().toPlainString()
                    + "; send the final figure, or a revision with its reason");
        }
        // The final 统计年鉴 figure replaces the 快报 / estimate: a revision that keeps the earlier one.
        apply(new ObservationRevised(indicatorCode, period, existing.value(), existing.kind(), command.value(),
                command.kind(), command.source(), command.laggedYear(), command.note(),
                "final statistics replace the " + existing.kind().name().toLowerCase() + " figure", planCode,
                command.provenance()));
    }

    @CommandHandler
    public void handle(ReviseObservation command, MetaData metaData) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireResponsible(command.provenance(), metaData);
        String period = checkedPeriod(command.period());
        RecordedFigure existing = figures.get(period);
        if (existing == null) {
            throw RuleViolation.conflict("revised-period-has-observation", "period",
                    "period " + period + " of " + indicatorCode + " has no observation to revise; record one first");
        }
        checkFigure(command.value(), command.kind());
        require(!(existing.kind() == ObservationKind.FINAL && command.kind() != ObservationKind.FINAL),
                "final-not-downgraded", "kind", "period " + period + " holds a final figure; a revision of it is final too");
        require(notBlank(command.reason()), "reason-required", "reason", "say why the figure is revised");
        if (existing.value().compareTo(command.value()) == 0 && existing.kind() == command.kind()) {
            return; // the same figure: nothing changed
        }
        apply(new ObservationRevised(indicatorCode, period, existing.value(), existing.kind(), command.value(),
                command.kind(), command.source(), command.laggedYear(), command.note(), command.reason(), planCode,
                command.provenance()));
    }

    // ---- state ------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(IndicatorDefined event) {
        indicatorCode = event.indicatorCode();
        planCode = event.planCode();
        name = event.name();
        unit = event.unit();
        target = event.target();
        assignedByHigherLevel = event.target() instanceof TypedTarget.AssignedByHigherLevel;
        quarterly = event.quarterly();
        horizonYear = event.horizonYear();
        responsible.addAll(event.responsibleDepartments());
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(ResponsibilityAssigned event) {
        responsible.clear();
        responsible.addAll(event.departments());
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(TargetAssigned event) {
        target = event.target();
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(TargetAdjusted event) {
        target = event.target();
        assignedByHigherLevel = false;
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(ObservationRecorded event) {
        figures.put(event.period(), new RecordedFigure(event.value(), event.kind()));
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(ObservationRevised event) {
        figures.put(event.period(), new RecordedFigure(event.value(), event.kind()));
        remember(event.provenance());
    }

    // ---- rules ------------------------------------------------------------------------------------

    /** The period in its canonical form, if it is one this indicator can have a figure for. */
    private String checkedPeriod(String text) {
        ObservationPeriod period = ObservationPeriod.parse(text).orElseThrow(() -> RuleViolation.invalid("period-format",
                "period", "'" + text + "' is not a period such as 2026 or 2026Q2"));
        require(period.year() >= FIRST_YEAR && period.year() <= horizonYear, "period-within-plan", "period",
                "period " + text + " is outside " + FIRST_YEAR + "–" + horizonYear + " for " + indicatorCode);
        require(!period.isQuarter() || quarterly, "quarter-for-quarterly-indicator", "period",
                indicatorCode + " is reported per year; send " + period.year() + ", not " + text);
        return period.toString();
    }

    private void checkFigure(java.math.BigDecimal value, ObservationKind kind) {
        require(value != null, "value-required", "value", "an observation needs its value");
        require(kind != null, "kind-required", "kind", "say whether the figure is PRELIMINARY, FINAL or ESTIMATE");
        UnitShape.check(unit, name, value);
    }

    /**
     * For a command without a verified caller (tests, the system): the provenance's department. A command
     * with one was decided by {@link IndicatorAuthority} before this handler ran.
     */
    private void requireResponsible(Provenance provenance, MetaData metaData) {
        if (CallerAuthority.from(metaData).isPresent()) {
            return;
        }
        String department = provenance == null ? null : provenance.department();
        boolean allowed = department == null || ADMINS.contains(department) || responsible.isEmpty()
                || responsible.contains(department);
        if (!allowed) {
            throw new RuleViolation("responsible-department-only", "department", RuleViolation.Kind.FORBIDDEN,
                    "only " + String.join(", ", responsible) + " (or an admin) report " + indicatorCode);
        }
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

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static void require(boolean condition, String rule, String field, String detail) {
        if (!condition) {
            throw RuleViolation.invalid(rule, field, detail);
        }
    }
}
