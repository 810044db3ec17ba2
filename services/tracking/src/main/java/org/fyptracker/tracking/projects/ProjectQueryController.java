package org.fyptracker.tracking.projects;

import java.time.LocalDate;
import java.util.List;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.tracking.asof.AsOf;
import org.fyptracker.tracking.projects.status.ProjectStatusRules;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    public ProjectQueryController(MongoTemplate mongo, ProjectEventLog log, AsOf asOf) {
        this.mongo = mongo;
        this.log = log;
        this.asOf = asOf;
    }

    @GetMapping("/{projectId}")
    public ProjectView project(@PathVariable String projectId, @RequestParam(required = false) String asOf) {
        if (!projectId.matches("^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")) {
            throw RuleViolation.invalid("id-format", "projectId", "projectId must be 1–80 letters, digits, '.', '_' or '-'");
        }
        LocalDate date = this.asOf.parse(asOf);
        ProjectView view = asOf == null ? mongo.findById(projectId, ProjectView.class) : replay(projectId, date);
        if (view == null) {
            throw RuleViolation.notFound("unknown-project", "projectId",
                    "no project " + projectId + " is tracked" + (asOf == null ? "" : " as of " + date));
        }
        return withStatus(view, date);
    }

    /** Projects of a plan (and optionally a lead department), page by page, in name order. */
    @GetMapping
    public Page list(@RequestParam(required = false) String plan,
                     @RequestParam(required = false) String department,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 500) {
            throw RuleViolation.invalid("page-bounds", "size", "page >= 0 and 1 <= size <= 500");
        }
        Query query = new Query();
        if (plan != null) {
            query.addCriteria(Criteria.where("planCode").is(plan));
        }
        if (department != null) {
            query.addCriteria(new Criteria().orOperator(Criteria.where("leadDepartment").is(department),
                    Criteria.where("coDepartments").is(department)));
        }
        long total = mongo.count(query, ProjectView.class);
        query.with(Sort.by("name", "_id")).skip((long) page * size).limit(size);
        query.fields().exclude("timeline");
        LocalDate today = asOf.parse(null);
        return new Page(mongo.find(query, ProjectView.class).stream().map(v -> withStatus(v, today)).toList(), page, size, total);
    }

    private ProjectView replay(String projectId, LocalDate date) {
        List<ProjectEventLog.Logged> events = log.recordedBefore(projectId, asOf.endOf(date));
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

    /** One page of a list answer. */
    public record Page(List<ProjectView> items, int page, int size, long total) {
    }
}
