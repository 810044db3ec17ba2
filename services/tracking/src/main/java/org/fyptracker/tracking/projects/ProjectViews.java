package org.fyptracker.tracking.projects;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.fyptracker.tracking.asof.AsOf;
import org.fyptracker.tracking.projects.status.ProjectStatusRules;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The projects of a plan (or all), with their statuses, as they stand now (the live read model) or as
 * they stood at the end of a past day (folded from the event log): the input of every summary.
 */
@Component
public class ProjectViews {

    private final MongoTemplate mongo;
    private final ProjectEventLog log;
    private final AsOf asOf;
    private final LiveProjectViews live;

    public ProjectViews(MongoTemplate mongo, ProjectEventLog log, AsOf asOf, LiveProjectViews live) {
        this.mongo = mongo;
        this.log = log;
        this.asOf = asOf;
        this.live = live;
    }

    /** @param plan plan code or null for all; @param date null for now */
    public List<ProjectView> of(String plan, LocalDate date) {
        LocalDate today = date == null ? asOf.parse(null) : date;
        List<ProjectView> views = date == null ? current(plan) : replayed(plan, date);
        views.forEach(view -> {
            view.milestones.forEach(m -> m.status = ProjectStatusRules.milestone(view, m, today));
            view.status = ProjectStatusRules.project(view, today);
        });
        return views;
    }

    private List<ProjectView> current(String plan) {
        List<ProjectView> all = live.all();
        return plan == null ? all : all.stream().filter(view -> plan.equals(view.planCode)).toList();
    }

    private List<ProjectView> replayed(String plan, LocalDate date) {
        Criteria recorded = Criteria.where("recordedAt").lt(asOf.endOf(date).toEpochMilli());
        Query query = Query.query(plan == null ? recorded : new Criteria().andOperator(recorded, ProjectEventLog.ofPlan(plan)))
                .with(Sort.by("projectId", "sequence"));
        Map<String, ProjectView> views = new LinkedHashMap<>();
        for (Document entry : mongo.find(query, Document.class, ProjectEventLog.COLLECTION)) {
            ProjectEventLog.Logged logged = log.read(entry);
            ProjectView view = views.computeIfAbsent(logged.event().projectId(), id -> new ProjectView());
            ProjectHistory.apply(view, logged.event(), logged.eventId(), logged.sequence(), logged.recordedAt());
        }
        views.values().forEach(view -> view.timeline.clear());
        return List.copyOf(views.values());
    }
}
