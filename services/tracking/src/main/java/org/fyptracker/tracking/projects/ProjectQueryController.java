package org.fyptracker.tracking.projects;

import java.time.LocalDate;
import java.util.List;
import org.fyptracker.platform.time.BusinessClock;
import org.fyptracker.tracking.projects.status.ProjectStatusRules;
import org.fyptracker.contracts.RuleViolation;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors' questions about key projects. */
@RestController
@RequestMapping(path = "/api/v1/tracking/projects", produces = "application/json")
public class ProjectQueryController {

    private final MongoTemplate mongo;
    private final BusinessClock clock;

    public ProjectQueryController(MongoTemplate mongo, BusinessClock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    private ProjectView withStatus(ProjectView view) {
        LocalDate today = clock.today();
        view.milestones.forEach(m -> m.status = ProjectStatusRules.milestone(view, m, today));
        view.status = ProjectStatusRules.project(view, today);
        return withStatus(view);
    }

    @GetMapping("/{projectId}")
    public ProjectView project(@PathVariable String projectId) {
        if (!projectId.matches("^[A-Za-z0-9-]{1,64}$")) {
            throw RuleViolation.invalid("id-format", "projectId", "projectId must be 1–64 letters, digits or '-'");
        }
        ProjectView view = mongo.findById(projectId, ProjectView.class);
        if (view == null) {
            throw RuleViolation.notFound("unknown-project", "projectId", "no project " + projectId + " is tracked");
        }
        return view;
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
            query.addCriteria(Criteria.where("leadDepartment").is(department));
        }
        long total = mongo.count(query, ProjectView.class);
        query.with(Sort.by("name", "_id")).skip((long) page * size).limit(size);
        query.fields().exclude("timeline");
        return new Page(mongo.find(query, ProjectView.class).stream().map(this::withStatus).toList(), page, size, total);
    }

    /** One page of a list answer. */
    public record Page(List<ProjectView> items, int page, int size, long total) {
    }
}
