package org.fyptracker.departments.assignments;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which departments a key project is assigned to, as the projects service's events say.
 *
 * @param closed   completed or cancelled: it no longer holds its departments
 * @param sequence the last event of the project applied here (-1: none); events at or below it are skipped
 */
@Document("assigned_projects")
public record AssignedProject(@Id String projectId, String lead, List<String> coDepartments, boolean closed, long sequence) {

    public AssignedProject {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
    }

    static AssignedProject unseen(String projectId) {
        return new AssignedProject(projectId, null, List.of(), false, -1);
    }

    AssignedProject ledBy(String newLead) {
        return new AssignedProject(projectId, newLead, coDepartments, closed, sequence);
    }

    AssignedProject coOperatedBy(List<String> departments) {
        return new AssignedProject(projectId, lead, departments, closed, sequence);
    }

    AssignedProject closedNow() {
        return new AssignedProject(projectId, lead, coDepartments, true, sequence);
    }

    AssignedProject at(long eventSequence) {
        return new AssignedProject(projectId, lead, coDepartments, closed, eventSequence);
    }
}
