package org.fyptracker.projects.seeding;

import java.time.Clock;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.plans.PlanImported;
import org.fyptracker.contracts.projects.RegisterKeyProject;
import org.fyptracker.platform.commands.IndependentCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seeds key projects from the catalog's {@code PlanImported} events (consumed from Kafka), through the
 * same {@code RegisterKeyProject} command a department would send, so every seeded project is events.
 * Replaying the topic is harmless: a project already registered from its box item is left alone.
 */
@Component
@ProcessingGroup("plan-seeding")
class KeyProjectsFromPlans {

    private static final Logger log = LoggerFactory.getLogger(KeyProjectsFromPlans.class);

    private final IndependentCommands commands;
    private final Clock clock;

    KeyProjectsFromPlans(IndependentCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(PlanImported event) {
        List<RegisterKeyProject> projects = SeededProjects.from(event.plan(),
                Provenance.system(clock.instant(), "plan-seeding"));
        int registered = 0;
        int known = 0;
        for (RegisterKeyProject project : projects) {
            try {
                commands.sendAndWait(project);
                registered++;
            } catch (AggregateStreamCreationException alreadyRegistered) {
                known++;
            }
            if ((registered + known) % 25 == 0) {
                log.info("seeding key projects of {}: {}/{}", event.planCode(), registered + known, projects.size());
            }
        }
        log.info("seeded key projects of {}: {} registered, {} already there, {} box items in all",
                event.planCode(), registered, known,
                event.plan().boxes().stream().mapToInt(b -> b.items().size()).sum());
    }
}
