package org.fyptracker.departments.department;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.departments.DepartmentDissolved;
import org.fyptracker.contracts.departments.DepartmentRegistered;
import org.fyptracker.contracts.departments.DepartmentRenamed;
import org.fyptracker.contracts.departments.DepartmentsMerged;
import org.fyptracker.contracts.departments.DissolveDepartment;
import org.fyptracker.contracts.departments.RegisterDepartment;
import org.fyptracker.contracts.departments.RenameDepartment;

/**
 * One department of the registry (市直部门, 区县政府, 管委会, supervisory bodies). Decides whether a change
 * is allowed and applies its event; a command repeated under an Idempotency-Key it has already seen
 * changes nothing. A merge spans departments: {@link DepartmentMerger} checks the successor and hands
 * each merged department a {@link MergeDepartmentInto}.
 */
@Aggregate
public class Department {

    @AggregateIdentifier
    private String code;
    private String name;
    private DepartmentStatus status;
    private final Set<String> seenIdempotencyKeys = new HashSet<>();

    protected Department() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Department(RegisterDepartment command) {
        DepartmentRules.requireCode(command.code(), "code");
        DepartmentRules.requireName(command.name(), "name");
        if (command.kind() == null) {
            throw RuleViolation.invalid("department-kind-required", "kind", "say what kind of department it is");
        }
        if (command.parent() != null) {
            DepartmentRules.requireCode(command.parent(), "parent");
            if (command.parent().equals(command.code())) {
                throw RuleViolation.invalid("parent-not-itself", "parent", "a department cannot be its own parent");
            }
        }
        apply(new DepartmentRegistered(command.code(), command.name(), command.kind(), command.parent(),
                command.provenance()));
    }

    @CommandHandler
    public void handle(RenameDepartment command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireActive();
        DepartmentRules.requireName(command.newName(), "name");
        DepartmentRules.requireReason(command.reason());
        if (command.newName().equals(name)) {
            return; // already so called: nothing to record
        }
        apply(new DepartmentRenamed(code, name, command.newName(), command.reason(), command.provenance()));
    }

    /**
     * Dissolving needs nothing left assigned. What projects and indicators assign is theirs; {@code assignments}
     * answers from this service's projection of their events (as current as that is: seconds), and from its
     * own client directory.
     */
    @CommandHandler
    public void handle(DissolveDepartment command, AssignmentLookup assignments) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireActive();
        DepartmentRules.requireReason(command.reason());
        DepartmentRules.requireNothingAssigned(assignments.of(code));
        apply(new DepartmentDissolved(code, command.reason(), command.provenance()));
    }

    @CommandHandler
    public void handle(MergeDepartmentInto command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireActive();
        DepartmentRules.requireReason(command.reason());
        if (code.equals(command.successor())) {
            throw RuleViolation.invalid("successor-not-merged", "successor", "a department cannot be merged into itself");
        }
        apply(new DepartmentsMerged(code, command.successor(), command.mergedTogether(), command.reason(),
                command.provenance()));
    }

    /** The successor of a merge must be able to take responsibilities over. */
    void requireCanSucceed() {
        if (status != DepartmentStatus.ACTIVE) {
            throw RuleViolation.conflict("successor-not-active", "successor",
                    "department " + code + " is " + status.name().toLowerCase() + " and cannot take over responsibilities");
        }
    }

    private void requireActive() {
        if (status != DepartmentStatus.ACTIVE) {
            throw RuleViolation.conflict("department-not-active", "code",
                    "department " + code + " is " + status.name().toLowerCase() + "; it can no longer change");
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

    @EventSourcingHandler
    void on(DepartmentRegistered event) {
        code = event.code();
        name = event.name();
        status = DepartmentStatus.ACTIVE;
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(DepartmentRenamed event) {
        name = event.newName();
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(DepartmentsMerged event) {
        status = DepartmentStatus.MERGED;
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(DepartmentDissolved event) {
        status = DepartmentStatus.DISSOLVED;
        remember(event.provenance());
    }
}
