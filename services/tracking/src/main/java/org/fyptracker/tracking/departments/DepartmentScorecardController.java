package org.fyptracker.tracking.departments;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.tracking.asof.AsOf;
import org.fyptracker.tracking.indicators.IndicatorReport;
import org.fyptracker.tracking.projects.ProjectView;
import org.fyptracker.tracking.query.ListQuery;
import org.fyptracker.tracking.query.Listing;
import org.fyptracker.tracking.query.TrackingState;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Department scorecards: what each department leads, co-leads and is responsible for, and how it stands. */
@RestController
@RequestMapping(path = "/api/v1/tracking/departments", produces = "application/json")
public class DepartmentScorecardController {

    static final Set<String> FILTERS = Set.of("plan", "part", "chapter", "box", "department", "district", "year");
    static final Set<String> SORT_KEYS = Set.of("department", "name", "projectsLed", "overdue", "daysSinceLastReport",
            "indicatorsInAlarm");

    private final TrackingState state;
    private final AsOf asOf;

    public DepartmentScorecardController(TrackingState state, AsOf asOf) {
        this.state = state;
        this.asOf = asOf;
    }

    /**
     * Scorecards of every department that leads or co-leads a project or is responsible for an indicator.
     * plan narrows both; part, chapter, box and district narrow the projects (and leave the indicators out);
     * department picks one; year is the year indicators are evaluated for.
     */
    @GetMapping
    public Listing<DepartmentScorecard> all(@RequestParam Map<String, String> params) {
        ListQuery query = ListQuery.parse(params, FILTERS, Set.of(), SORT_KEYS, asOf.parse(null));
        return state.answer(query, snapshot -> page(scorecards(snapshot, query), query), "department-scorecards");
    }

    private static Listing<DepartmentScorecard> page(List<DepartmentScorecard> cards, ListQuery query) {
        Map<String, Comparator<DepartmentScorecard>> keys = Map.of(
                "department", ListQuery.by(DepartmentScorecard::department), "name", ListQuery.by(DepartmentScorecard::name),
                "projectsLed", ListQuery.by(DepartmentScorecard::projectsLed),
                "overdue", ListQuery.by(c -> c.milestones().overdue()),
                "daysSinceLastReport", ListQuery.by(DepartmentScorecard::daysSinceLastReport),
                "indicatorsInAlarm", ListQuery.by(c -> c.indicators().inAlarm()));
        return query.page(cards, keys, ListQuery.by(DepartmentScorecard::department), Map.of());
    }

    @GetMapping("/{code}")
    public DepartmentScorecard one(@PathVariable String code, @RequestParam Map<String, String> params) {
        if (!code.matches("^[a-z0-9][a-z0-9-]{0,63}$")) {
            throw RuleViolation.invalid("id-format", "code", "a department code is lower-case letters, digits and '-'");
        }
        ListQuery query = ListQuery.parse(params, Set.of("plan", "part", "chapter", "box", "district", "year"), Set.of(),
                Set.of(), asOf.parse(null));
        return state.answer(query, snapshot -> DepartmentScorecards.of(code, snapshot.departments().get(code),
                snapshot.projects(query, false), indicators(snapshot, query), query.year(), query.asOf()),
                "department-scorecard", code);
    }

    /** The scorecards of a snapshot for a query: what the evaluation report embeds too. */
    public static List<DepartmentScorecard> scorecards(TrackingState.Snapshot snapshot, ListQuery query) {
        List<ProjectView> projects = snapshot.projects(query, false); // department: the projects it leads or co-leads
        List<IndicatorReport> indicators = indicators(snapshot, query);
        List<String> departments = query.department() != null ? List.of(query.department())
                : DepartmentScorecards.departments(projects, indicators);
        return departments.stream().map(d -> DepartmentScorecards.of(d, snapshot.departments().get(d), projects,
                indicators, query.year(), query.asOf())).toList();
    }

    private static List<IndicatorReport> indicators(TrackingState.Snapshot snapshot, ListQuery query) {
        boolean placedOnly = query.part() != null || query.chapter() != null || query.box() != null || query.district() != null;
        return placedOnly ? List.of() : snapshot.indicators(new ListQuery(query.plan(), null, null, null, null, null, null,
                query.year(), query.yearGiven(), query.asOf(), query.asOfGiven(), List.of(), 0, 1, Map.of()));
    }
}
