package org.fyptracker.departments.assignments;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.fyptracker.contracts.indicators.IndicatorDefined;
import org.fyptracker.contracts.indicators.ResponsibilityAssigned;
import org.fyptracker.contracts.projects.KeyProjectAmended;
import org.fyptracker.contracts.projects.KeyProjectCancelled;
import org.fyptracker.contracts.projects.KeyProjectCompleted;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.LeadDepartmentReassigned;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * What projects and indicators assign to departments, from their topics ({@code fyp.projects.events.v1},
 * {@code fyp.indicators.events.v1}): lead and co-departments of each key project and whether it is still
 * open, the departments responsible for each indicator. Only the events that change those are read. One
 * document per project or indicator remembers the last event applied, so a redelivered event changes
 * nothing. Department merges need no handling here: projects and indicators move the merged department's
 * assignments with ordinary events, which arrive here like any other.
 */
@Component
@ProcessingGroup(AssignmentsProjection.GROUP)
public class AssignmentsProjection {

    public static final String GROUP = "department-assignments";

    private final MongoTemplate mongo;

    public AssignmentsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(KeyProjectRegistered e, @SequenceNumber Long sequence) {
        project(e.projectId(), sequence, p -> p.ledBy(e.leadDepartment()).coOperatedBy(e.coDepartments()));
    }

    @EventHandler
    void on(LeadDepartmentReassigned e, @SequenceNumber Long sequence) {
        project(e.projectId(), sequence, p -> p.ledBy(e.newLead()));
    }

    @EventHandler
    void on(KeyProjectAmended e, @SequenceNumber Long sequence) {
        if (e.coDepartments() != null) { // null: other details were amended, the co-departments stay
            project(e.projectId(), sequence, p -> p.coOperatedBy(e.coDepartments()));
        }
    }

    @EventHandler
    void on(KeyProjectCompleted e, @SequenceNumber Long sequence) {
        project(e.projectId(), sequence, AssignedProject::closedNow);
    }

    @EventHandler
    void on(KeyProjectCancelled e, @SequenceNumber Long sequence) {
        project(e.projectId(), sequence, AssignedProject::closedNow);
    }

    @EventHandler
    void on(IndicatorDefined e, @SequenceNumber Long sequence) {
        indicator(e.indicatorCode(), e.responsibleDepartments(), sequence);
    }

    @EventHandler
    void on(ResponsibilityAssigned e, @SequenceNumber Long sequence) {
        indicator(e.indicatorCode(), e.departments(), sequence);
    }

    /** Applies {@code change} unless this event of the project, or a later one, was applied already. */
    private void project(String projectId, Long sequence, UnaryOperator<AssignedProject> change) {
        AssignedProject current = Optional.ofNullable(mongo.findById(projectId, AssignedProject.class))
                .orElseGet(() -> AssignedProject.unseen(projectId));
        long at = sequence == null ? current.sequence() + 1 : sequence;
        if (at > current.sequence()) {
            mongo.save(change.apply(current).at(at));
        }
    }

    private void indicator(String code, List<String> departments, Long sequence) {
        AssignedIndicator current = mongo.findById(code, AssignedIndicator.class);
        long last = current == null ? -1 : current.sequence();
        long at = sequence == null ? last + 1 : sequence;
        if (at > last) {
            mongo.save(new AssignedIndicator(code, departments, at));
        }
    }
}
