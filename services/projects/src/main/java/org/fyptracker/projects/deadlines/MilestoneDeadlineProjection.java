package org.fyptracker.projects.deadlines;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fyptracker.contracts.projects.KeyProjectCancelled;
import org.fyptracker.contracts.projects.KeyProjectCompleted;
import org.fyptracker.contracts.projects.MilestoneAchieved;
import org.fyptracker.contracts.projects.MilestoneDropped;
import org.fyptracker.contracts.projects.MilestoneOverdue;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneRescheduled;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the list of open milestone deadlines from this service's own event store (a tracking processor). */
@Component
@ProcessingGroup("milestone-deadlines")
public class MilestoneDeadlineProjection {

    private final MongoTemplate mongo;

    public MilestoneDeadlineProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(MilestonePlanned e) {
        mongo.save(new MilestoneDeadline(MilestoneDeadline.idOf(e.projectId(), e.milestoneId()), e.projectId(),
                e.milestoneId(), e.plannedDate(), true, null));
    }

    @EventHandler
    void on(MilestoneRescheduled e) {
        set(e.projectId(), e.milestoneId(), Update.update("plannedDate", e.newDate()));
    }

    @EventHandler
    void on(MilestoneOverdue e) {
        set(e.projectId(), e.milestoneId(), Update.update("overdueFor", e.plannedDate()));
    }

    @EventHandler
    void on(MilestoneAchieved e) {
        set(e.projectId(), e.milestoneId(), Update.update("open", false));
    }

    @EventHandler
    void on(MilestoneDropped e) {
        set(e.projectId(), e.milestoneId(), Update.update("open", false));
    }

    @EventHandler
    void on(KeyProjectCompleted e) {
        closeAll(e.projectId());
    }

    @EventHandler
    void on(KeyProjectCancelled e) {
        closeAll(e.projectId());
    }

    private void set(String projectId, String milestoneId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(MilestoneDeadline.idOf(projectId, milestoneId))),
                update, MilestoneDeadline.class);
    }

    private void closeAll(String projectId) {
        mongo.updateMulti(Query.query(Criteria.where("projectId").is(projectId)), Update.update("open", false),
                MilestoneDeadline.class);
    }
}
