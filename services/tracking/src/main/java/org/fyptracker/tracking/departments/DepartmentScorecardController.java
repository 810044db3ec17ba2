package org.fyptracker.tracking.departments;

import java.time.LocalDate;
import java.util.List;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.tracking.asof.AsOf;
import org.fyptracker.tracking.projects.ProjectView;
import org.fyptracker.tracking.projects.ProjectViews;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Department scorecards: what each department leads and co-leads, and how it stands. */
@RestController
@RequestMapping(path = "/api/v1/tracking/departments", produces = "application/json")
public class DepartmentScorecardController {

    private final ProjectViews projects;
    private final AsOf asOf;

    public DepartmentScorecardController(ProjectViews projects, AsOf asOf) {
        this.projects = projects;
        this.asOf = asOf;
    }

    @GetMapping
    public List<DepartmentScorecard> all(@RequestParam(required = false) String plan,
                                         @RequestParam(required = false) String asOf) {
        LocalDate date = this.asOf.parse(asOf);
        List<ProjectView> views = projects.of(plan, asOf == null ? null : date);
        return DepartmentScorecards.departments(views).stream()
                .map(d -> DepartmentScorecards.of(d, views, date)).toList();
    }

    @GetMapping("/{code}")
    public DepartmentScorecard one(@PathVariable String code, @RequestParam(required = false) String plan,
                                   @RequestParam(required = false) String asOf) {
        if (!code.matches("^[a-z0-9][a-z0-9-]{0,63}$")) {
            throw RuleViolation.invalid("id-format", "code", "a department code is lower-case letters, digits and '-'");
        }
        LocalDate date = this.asOf.parse(asOf);
        return DepartmentScorecards.of(code, projects.of(plan, asOf == null ? null : date), date);
    }
}
