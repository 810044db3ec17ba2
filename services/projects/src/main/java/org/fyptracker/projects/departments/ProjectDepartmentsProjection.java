package org.fyptracker.projects.departments;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fyptracker.contracts.projects.KeyProjectAmended;
import org.fyptracker.contracts.projects.KeyProjectCancelled;
import org.fyptracker.contracts.projects.KeyProjectCompleted;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.LeadDepartmentReassigned;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps each project's lead and co-departments from this service's own event store (a tracking processor). */
@Component
@ProcessingGroup("project-departments")
public class ProjectDepartmentsProjection {

    private final MongoTemplate mongo;

    public ProjectDepartmentsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(KeyProjectRegistered e) {
        mongo.save(new ProjectDepartments(e.projectId(), e.leadDepartment(), e.coDepartments(), false));
    }

    @EventHandler
    void on(LeadDepartmentReassigned e) {
        set(e.projectId(), Update.update("lead", e.newLead()));
    }

    @EventHandler
    void on(KeyProjectAmended e) {
        if (e.coDepartments() != null) {
            set(e.projectId(), Update.update("coDepartments", e.coDepartments()));
        }
    }

    @EventHandler
    void on(KeyProjectCompleted e) {
        set(e.projectId(), Update.update("closed", true));
    }

    @EventHandler
    void on(KeyProjectCancelled e) {
        set(e.projectId(), Update.update("closed", true));
    }

    private void set(String projectId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(projectId)), update, ProjectDepartments.class);
    }
}
