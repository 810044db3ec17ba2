package org.fyptracker.departments.assignments;

import java.util.List;
import org.fyptracker.departments.client.ClientDirectory;
import org.fyptracker.departments.department.AssignmentLookup;
import org.fyptracker.departments.department.Assignments;
import org.fyptracker.departments.department.Assignments.Assigned;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads what is assigned to a department: open projects and indicators from {@link AssignmentsProjection}
 * (as current as the events that reached it), active clients from this service's client directory.
 */
@Component
public class DepartmentAssignments implements AssignmentLookup {

    private final MongoTemplate mongo;
    private final ClientDirectory clients;

    public DepartmentAssignments(MongoTemplate mongo, ClientDirectory clients) {
        this.mongo = mongo;
        this.clients = clients;
    }

    @Override
    public Assignments of(String department) {
        return new Assignments(department,
                new Assigned(openProjects("lead", department)),
                new Assigned(openProjects("coDepartments", department)),
                new Assigned(mongo.find(Query.query(Criteria.where("departments").is(department)).with(Sort.by("_id")),
                        AssignedIndicator.class).stream().map(AssignedIndicator::indicatorCode).toList()),
                new Assigned(clients.activeOf(department)));
    }

    /** {@code coDepartments} is a list: {@code is} matches a project whose list contains the department. */
    private List<String> openProjects(String field, String department) {
        Query query = Query.query(Criteria.where(field).is(department).and("closed").is(false)).with(Sort.by("_id"));
        return mongo.find(query, AssignedProject.class).stream().map(AssignedProject::projectId).toList();
    }
}
