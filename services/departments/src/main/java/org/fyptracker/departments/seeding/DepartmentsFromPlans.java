package org.fyptracker.departments.seeding;

import java.time.Clock;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.departments.RegisterDepartment;
import org.fyptracker.contracts.plans.PlanImported;
import org.fyptracker.platform.commands.IndependentCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers the departments the plans name, from the catalog's {@code PlanImported} events, through the
 * same command an admin sends. A department already registered (by an earlier seeding, or by hand) is
 * left as it is.
 */
@Component
@ProcessingGroup("plan-seeding")
class DepartmentsFromPlans {

    private static final Logger log = LoggerFactory.getLogger(DepartmentsFromPlans.class);

    private final IndependentCommands commands;
    private final Clock clock;

    DepartmentsFromPlans(IndependentCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(PlanImported event) {
        SeededDepartments.Outcome outcome = SeededDepartments.from(event.plan(),
                Provenance.system(clock.instant(), "plan-seeding"));
        int registered = 0;
        for (RegisterDepartment department : outcome.departments()) {
            try {
                commands.sendAndWait(department);
                registered++;
            } catch (AggregateStreamCreationException alreadyRegistered) {
                // registered before: by an earlier delivery of this event, the demo clients, or an admin
            }
        }
        outcome.unplaced().forEach(label -> log.warn("plan {} names '{}', which is no known county-level division; "
                + "no department registered for it", event.planCode(), label));
        log.info("seeded departments of {}: {} registered, {} named in all", event.planCode(), registered,
                outcome.departments().size());
    }
}
