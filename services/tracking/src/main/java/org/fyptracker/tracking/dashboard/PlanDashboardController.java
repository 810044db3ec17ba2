package org.fyptracker.tracking.dashboard;

import java.util.Map;
import java.util.Set;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.tracking.asof.AsOf;
import org.fyptracker.tracking.catalog.PlanStructure;
import org.fyptracker.tracking.query.ListQuery;
import org.fyptracker.tracking.query.TrackingState;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan dashboard: {@code /plans/FZ-15}, {@code /plans/FZ-15/parts/5}, {@code /plans/FZ-15/chapters/14},
 * {@code /plans/FZ-15/boxes/6}; {@code year}, {@code asOf}, and {@code department}, {@code district},
 * {@code status} to narrow the projects (and {@code department} the indicators) counted.
 */
@RestController
@RequestMapping(path = "/api/v1/tracking/plans", produces = "application/json")
public class PlanDashboardController {

    static final Set<String> FILTERS = Set.of("department", "district", "status", "year");

    private final TrackingState state;
    private final AsOf asOf;

    public PlanDashboardController(TrackingState state, AsOf asOf) {
        this.state = state;
        this.asOf = asOf;
    }

    @GetMapping("/{plan}")
    public Dashboard plan(@PathVariable String plan, @RequestParam Map<String, String> params) {
        return dashboard(plan, PlanDashboards.Level.PLAN, null, params);
    }

    @GetMapping("/{plan}/parts/{number}")
    public Dashboard part(@PathVariable String plan, @PathVariable int number, @RequestParam Map<String, String> params) {
        return dashboard(plan, PlanDashboards.Level.PART, number, params);
    }

    @GetMapping("/{plan}/chapters/{number}")
    public Dashboard chapter(@PathVariable String plan, @PathVariable int number, @RequestParam Map<String, String> params) {
        return dashboard(plan, PlanDashboards.Level.CHAPTER, number, params);
    }

    @GetMapping("/{plan}/boxes/{number}")
    public Dashboard box(@PathVariable String plan, @PathVariable int number, @RequestParam Map<String, String> params) {
        return dashboard(plan, PlanDashboards.Level.BOX, number, params);
    }

    Dashboard dashboard(String plan, PlanDashboards.Level level, Integer number, Map<String, String> params) {
        if (!plan.matches(org.fyptracker.contracts.PlanRef.PLAN_CODE_PATTERN)) {
            throw RuleViolation.invalid("plan-code-format", "plan", "'" + plan + "' is not a plan code such as FZ-15");
        }
        ListQuery query = ListQuery.parse(params, FILTERS, Set.of(), Set.of(), asOf.parse(null)).within(plan, null, null, null);
        return state.answer(query, snapshot -> {
            PlanStructure structure = snapshot.plans().get(plan);
            if (structure == null) {
                throw RuleViolation.notFound("unknown-plan", "plan", "no plan " + plan + " was imported"
                        + (query.asOfGiven() ? " as of " + query.asOf() : ""));
            }
            return of(snapshot, structure, level, number, query);
        }, "plan-dashboard", level, number);
    }

    /** The dashboard of a snapshot: what the evaluation report embeds, so both give the same figures. */
    public static Dashboard of(TrackingState.Snapshot snapshot, PlanStructure structure, PlanDashboards.Level level,
                               Integer number, ListQuery query) {
        return PlanDashboards.of(structure, level, number, snapshot.projects(query, false), snapshot.indicators(
                        new ListQuery(structure.code(), null, null, null, query.department(), null, null, query.year(),
                                query.yearGiven(), query.asOf(), query.asOfGiven(), java.util.List.of(), 0, 1, Map.of())),
                        query.year(), query.asOf(), query.filters())
                .orElseThrow(() -> RuleViolation.notFound("unknown-" + level.name().toLowerCase(), level.name().toLowerCase(),
                        "plan " + structure.code() + " has no " + level.name().toLowerCase() + " " + number));
    }
}
