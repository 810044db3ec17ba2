package org.fyptracker.indicators.departments;

import java.time.Clock;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fyptracker.contracts.departments.DepartmentsMerged;
import org.fyptracker.contracts.indicators.AssignResponsibility;
import org.fyptracker.platform.commands.IndependentCommands;
import org.fyptracker.platform.departments.DepartmentMerge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A department merged into its successor ({@code DepartmentsMerged} from the departments topic): every
 * indicator it reports is reported by the successor in its place ({@code AssignResponsibility}); keys,
 * provenance and refusals as every service carries out a merge ({@link DepartmentMerge}).
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
    void on(DepartmentsMerged event) {
        DepartmentMerge merge = new DepartmentMerge(event);
        List<IndicatorResponsibility> reported = mongo.find(
                Query.query(Criteria.where("departments").is(merge.merged())), IndicatorResponsibility.class);
        for (IndicatorResponsibility indicator : reported) {
            merge.send(commands, new AssignResponsibility(indicator.code(), merge.inPlaceOf(indicator.departments()),
                    merge.reason(), merge.provenance(clock.instant(), indicator.code())), "indicator " + indicator.code());
        }
        log.info("department {} merged into {}: {} indicator(s) now reported by the successor",
                merge.merged(), merge.successor(), reported.size());
    }
}
