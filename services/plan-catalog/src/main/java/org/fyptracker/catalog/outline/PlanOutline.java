package org.fyptracker.catalog.outline;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.plans.ImportPlan;
import org.fyptracker.contracts.plans.PlanImported;

/**
 * One plan in the catalog, identified by its code. A plan is imported once: importing the same text
 * again (every start of the stack seeds the two plans) changes nothing; a different text under the
 * same code is refused, because codes other contexts already hold must not silently change meaning.
 */
@Aggregate
public class PlanOutline {

    @AggregateIdentifier
    private String planCode;
    private String sourceSha256;

    protected PlanOutline() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public boolean handle(ImportPlan command) {
        if (planCode == null) {
            if (!command.planCode().equals(command.plan().code())) {
                throw RuleViolation.invalid("plan-code-matches-outline", "planCode",
                        "the outline is plan " + command.plan().code() + ", not " + command.planCode());
            }
            apply(new PlanImported(command.planCode(), command.sourceSha256(), command.plan(), command.provenance()));
            return true;
        }
        if (sourceSha256.equals(command.sourceSha256())) {
            return false;
        }
        throw RuleViolation.conflict("plan-already-imported", "planCode",
                "plan " + planCode + " is already in the catalog from a different text; its codes are in use");
    }

    @EventSourcingHandler
    void on(PlanImported event) {
        planCode = event.planCode();
        sourceSha256 = event.sourceSha256();
    }
}
