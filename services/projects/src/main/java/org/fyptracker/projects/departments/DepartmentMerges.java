package org.fyptracker.projects.departments;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.departments.DepartmentsMerged;
import org.fyptracker.contracts.projects.AmendKeyProject;
import org.fyptracker.contracts.projects.ReassignLeadDepartment;
import org.fyptracker.platform.commands.IndependentCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A department merged into its successor (机构改革, {@code DepartmentsMerged} from the departments topic):
 * every open project it leads gets the successor as lead ({@code ReassignLeadDepartment}), every open
 * project it co-operates on gets the successor in its place ({@code AmendKeyProject}). Each change carries
 * an Idempotency-Key made of the merge and the project, so replaying the topic changes nothing twice, and
 * the provenance of the admin who recorded the merge.
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
        String reason = "机构改革：" + merged.code() + " 并入 " + merged.successor()
                + (merged.reason() == null || merged.reason().isBlank() ? "" : "（" + merged.reason() + "）");
        List<ProjectDepartments> led = mongo.find(Query.query(Criteria.where("lead").is(merged.code())
                .and("closed").is(false)), ProjectDepartments.class);
        for (ProjectDepartments project : led) {
            send(new ReassignLeadDepartment(project.projectId(), merged.successor(), reason,
                    provenance(merged, "lead", project.projectId())), merged, project);
        }
        List<ProjectDepartments> helped = mongo.find(Query.query(Criteria.where("coDepartments").is(merged.code())
                .and("closed").is(false)), ProjectDepartments.class);
        for (ProjectDepartments project : helped) {
            Set<String> coDepartments = new LinkedHashSet<>();
            for (String department : project.coDepartments()) {
                coDepartments.add(department.equals(merged.code()) ? merged.successor() : department);
            }
            coDepartments.remove(project.lead());
            send(new AmendKeyProject(project.projectId(), null, null, List.copyOf(coDepartments), null, null, null,
                    reason, provenance(merged, "co", project.projectId())), merged, project);
        }
        log.info("department {} merged into {}: {} project lead(s) and {} co-department place(s) moved",
                merged.code(), merged.successor(), led.size(), helped.size());
    }

    private void send(Object command, DepartmentsMerged merged, ProjectDepartments project) {
        try {
            commands.sendAndWait(command);
        } catch (RuleViolation refused) {
            // A project that cannot take the change (suspended, for an amendment) keeps its record; say so.
            log.warn("merge of {} into {} not applied to project {}: {} ({})", merged.code(), merged.successor(),
                    project.projectId(), refused.getMessage(), refused.rule());
        }
    }

    private Provenance provenance(DepartmentsMerged merged, String what, String projectId) {
        Provenance by = merged.provenance();
        return new Provenance(by == null ? "system" : by.department(), by == null ? "department-merge" : by.client(),
                clock.instant(), "merge-" + merged.code() + "-" + merged.successor() + "-" + what + "-" + projectId);
    }
}
