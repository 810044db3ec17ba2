package org.fyptracker.tracking.projects;

import java.time.LocalDate;
import java.util.List;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.tracking.asof.AsOf;
import org.fyptracker.tracking.query.ListQuery;
import org.fyptracker.tracking.query.Listing;
import org.fyptracker.tracking.query.TrackingState;
import org.fyptracker.tracking.projects.status.ProjectStatusRules;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors' questions about key projects, now or as of a past date. */
@RestController
@RequestMapping(path = "/api/v1/tracking/projects", produces = "application/json")
public class ProjectQueryController {

    private final MongoTemplate mongo;
    private final ProjectEventLog log;
    private final AsOf asOf;
    private final TrackingState state;
    private final ProjectTimelines timelines;

    public ProjectQueryController(MongoTemplate mongo, ProjectEventLog log, AsOf asOf, TrackingState state,
                                  ProjectTimelines timelines) {
        this.mongo = mongo;
        this.log = log;
        this.asOf = asOf;
        this.state = state;
        this.timelines = timelines;
    }

    @GetMapping("/{projectId}")
    public ProjectView project(@PathVariable String projectId, @RequestParam(required = false) String asOf) {
        if (!projectId.matches("^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")) {
            throw RuleViolation.invalid("id-format", "projectId", "projectId must be 1–80 letters, digits, '.', '_' or '-'");
        }
        LocalDate date = this.asOf.parse(asOf);
        ProjectView view = asOf == null ? withTimeline(mongo.findById(projectId, ProjectView.class))
                : fold(log.recordedBefore(projectId, this.asOf.endOf(date)));
        if (view == null) {
            throw RuleViolation.notFound("unknown-project", "projectId",
                    "no project " + projectId + " is tracked" + (asOf == null ? "" : " as of " + date));
        }
        return withStatus(view, date);
    }

    static final java.util.Set<String> SORT_KEYS = java.util.Set.of("id", "name", "planRef", "status", "lead",
            "lastReportedOn", "plannedEnd", "district");

    /**
     * Projects, filtered by plan, part, chapter, box, department (lead or co-lead), district, status and year
     * (planned period overlapping it), sorted and paged; now or as of a date.
     */
    @GetMapping
    public Listing<ProjectView> list(@RequestParam java.util.Map<String, String> params) {
        ListQuery query = ListQuery.parse(params, ListQuery.FILTERS, java.util.Set.of(), SORT_KEYS, asOf.parse(null));
        return state.answer(query, snapshot -> page(snapshot.projects(query), query), "projects");
    }

    private static Listing<ProjectView> page(List<ProjectView> matching, ListQuery query) {
        java.util.Map<String, java.util.Comparator<ProjectView>> keys = java.util.Map.of(
                "id", ListQuery.by(p -> p.projectId), "name", ListQuery.by(p -> p.name), "planRef", ListQuery.by(p -> p.planRef),
                "status", ListQuery.by(p -> p.status.status()), "lead", ListQuery.by(p -> p.leadDepartment),
                "lastReportedOn", ListQuery.by(p -> p.lastReportedOn), "plannedEnd", ListQuery.by(p -> p.plannedEnd),
                "district", ListQuery.by(p -> p.district));
        java.util.Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("byStatus", org.fyptracker.tracking.dashboard.ProjectFigures.of(matching).byStatus());
        return query.page(matching, keys, ListQuery.<ProjectView, String>by(p -> p.name).thenComparing(p -> p.projectId), summary);
    }

    /** The stored view with its timeline, folded from the log (the view does not store it). */
    private ProjectView withTimeline(ProjectView view) {
        if (view != null) {
            view.timeline = timelines.of(view.projectId);
        }
        return view;
    }

    private static ProjectView fold(List<ProjectEventLog.Logged> events) {
        if (events.isEmpty()) {
            return null;
        }
        ProjectView view = new ProjectView();
        events.forEach(e -> ProjectHistory.apply(view, e.event(), e.eventId(), e.sequence(), e.recordedAt()));
        return view;
    }

    private static ProjectView withStatus(ProjectView view, LocalDate today) {
        view.milestones.forEach(m -> m.status = ProjectStatusRules.milestone(view, m, today));
        view.status = ProjectStatusRules.project(view, today);
        return view;
    }

}
