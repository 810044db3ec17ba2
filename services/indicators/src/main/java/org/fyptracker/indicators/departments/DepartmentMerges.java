package org.fyptracker.indicators.departments;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.departments.DepartmentsMerged;
import org.fyptracker.contracts.indicators.AssignResponsibility;
import org.fyptracker.platform.commands.IndependentCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A department merged into its successor ({@code DepartmentsMerged} from the departments topic): every
 * indicator it reports is reported by the successor in its place ({@code AssignResponsibility}), under an
 * Idempotency-Key made of the merge and the indicator, so replaying the topic changes nothing twice.
 */
@Component
@ProcessingGroup("department-merges")
class DepartmentMerges {

    private static final Logger log = LoggerFactory.getLogger(DepartmentMerges.class);

    private final IndependentCommands commands;
    private final MongoTemplate mongo;
    private final Clock clock;

    DepartmentMerges(IndependentCommands commands, MongoTemplate mongo, Clock clock) {
        this.commands = commands;
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventHandler
    void on(DepartmentsMerged merged) {
        String reason = "机构改革：" + merged.code() + " 并入 " + merged.successor();
        List<IndicatorResponsibility> reported = mongo.find(
                Query.query(Criteria.where("departments").is(merged.code())), IndicatorResponsibility.class);
        for (IndicatorResponsibility indicator : reported) {
            Set<String> departments = new LinkedHashSet<>();
            for (String department : indicator.departments()) {
                departments.add(department.equals(merged.code()) ? merged.successor() : department);
            }
            Provenance by = merged.provenance();
            Provenance provenance = new Provenance(by == null ? "system" : by.department(),
                    by == null ? "department-merge" : by.client(), clock.instant(),
                    "merge-" + merged.code() + "-" + merged.successor() + "-" + indicator.code());
            try {
                commands.sendAndWait(new AssignResponsibility(indicator.code(), List.copyOf(departments), reason, provenance));
            } catch (RuleViolation refused) {
                log.warn("merge of {} into {} not applied to indicator {}: {}", merged.code(), merged.successor(),
                        indicator.code(), refused.getMessage());
            }
        }
        log.info("department {} merged into {}: {} indicator(s) now reported by the successor",
                merged.code(), merged.successor(), reported.size());
    }
}
