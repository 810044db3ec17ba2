package org.fyptracker.projects.departments;

import java.time.Clock;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fyptracker.contracts.departments.DepartmentsMerged;
import org.fyptracker.contracts.projects.AmendKeyProject;
import org.fyptracker.contracts.projects.ReassignLeadDepartment;
import org.fyptracker.platform.commands.IndependentCommands;
import org.fyptracker.platform.departments.DepartmentMerge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A department merged into its successor (机构改革, {@code DepartmentsMerged} from the departments topic):
 * every open project it leads gets the successor as lead ({@code ReassignLeadDepartment}), every open
 * project it co-operates on gets the successor in its place ({@code AmendKeyProject}); keys, provenance and
 * refusals as every service carries out a merge ({@link DepartmentMerge}).
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
        List<ProjectDepartments> led = mongo.find(Query.query(Criteria.where("lead").is(merge.merged())
                .and("closed").is(false)), ProjectDepartments.class);
        for (ProjectDepartments project : led) {
            String target = "lead-" + project.projectId();
            merge.send(commands, new ReassignLeadDepartment(project.projectId(), merge.successor(), merge.reason(),
                    merge.provenance(clock.instant(), target)), "project " + project.projectId());
        }
        List<ProjectDepartments> helped = mongo.find(Query.query(Criteria.where("coDepartments").is(merge.merged())
                .and("closed").is(false)), ProjectDepartments.class);
        for (ProjectDepartments project : helped) {
            List<String> coDepartments = merge.inPlaceOf(project.coDepartments()).stream()
                    .filter(department -> !department.equals(project.lead())).toList();
            merge.send(commands, new AmendKeyProject(project.projectId(), null, null, coDepartments, null, null, null,
                    merge.reason(), merge.provenance(clock.instant(), "co-" + project.projectId())),
                    "project " + project.projectId());
        }
        log.info("department {} merged into {}: {} project lead(s) and {} co-department place(s) moved",
                merge.merged(), merge.successor(), led.size(), helped.size());
    }
}
