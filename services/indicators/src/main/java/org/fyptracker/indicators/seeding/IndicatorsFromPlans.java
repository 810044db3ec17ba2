package org.fyptracker.indicators.seeding;

import java.time.Clock;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.indicators.DefineIndicator;
import org.fyptracker.contracts.plans.PlanImported;
import org.fyptracker.platform.commands.IndependentCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seeds indicators from the catalog's {@code PlanImported} events (consumed from Kafka) through the same
 * {@code DefineIndicator} command an admin would send. An indicator already defined under its code is
 * left alone, so a replay or a second start seeds nothing twice.
 */
@Component
@ProcessingGroup("plan-seeding")
class IndicatorsFromPlans {

    private static final Logger log = LoggerFactory.getLogger(IndicatorsFromPlans.class);

    private final IndependentCommands commands;
    private final Clock clock;

    IndicatorsFromPlans(IndependentCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(PlanImported event) {
        List<DefineIndicator> indicators = SeededIndicators.from(event.plan(), Provenance.system(clock.instant(), "plan-seeding"));
        int defined = 0;
        int known = 0;
        int refused = 0;
        for (DefineIndicator indicator : indicators) {
            try {
                commands.sendAndWait(indicator);
                defined++;
            } catch (AggregateStreamCreationException alreadyDefined) {
                known++;
            } catch (RuleViolation refusedByARule) {
                // A row the rules cannot take is reported, never silently dropped or allowed to block the rest.
                refused++;
                log.warn("indicator {} of {} not seeded: {} ({})", indicator.indicatorCode(), event.planCode(),
                        refusedByARule.getMessage(), refusedByARule.rule());
            }
        }
        log.info("seeded indicators of {}: {} defined, {} already there, {} refused, of {} rows",
                event.planCode(), defined, known, refused, indicators.size());
    }
}
