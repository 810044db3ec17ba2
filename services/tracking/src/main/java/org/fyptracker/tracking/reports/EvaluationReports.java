package org.fyptracker.tracking.reports;

import java.util.List;
import java.util.Map;
import org.fyptracker.tracking.attention.AttentionController;
import org.fyptracker.tracking.catalog.PlanStructure;
import org.fyptracker.tracking.dashboard.Dashboard;
import org.fyptracker.tracking.dashboard.PlanDashboardController;
import org.fyptracker.tracking.dashboard.PlanDashboards;
import org.fyptracker.tracking.departments.DepartmentScorecardController;
import org.fyptracker.tracking.indicators.IndicatorReport;
import org.fyptracker.tracking.query.ListQuery;
import org.fyptracker.tracking.query.TrackingState;

/** Assembles the evaluation report from one snapshot (a pure function of it). */
public final class EvaluationReports {

    private EvaluationReports() {
    }

    /** @param query the plan and year (given), and asOf */
    public static EvaluationReport of(TrackingState.Snapshot snapshot, PlanStructure plan, ListQuery query, int staleAfterDays) {
        Dashboard dashboard = PlanDashboardController.of(snapshot, plan, PlanDashboards.Level.PLAN, null, query);
        List<EvaluationReport.IndicatorLine> indicators = snapshot.indicators(query).stream()
                .map(i -> line(i, query.year())).toList();
        String kind = EvaluationReport.kindOf(query.year());
        return new EvaluationReport(plan.code(), plan.title(), query.year(), kind, EvaluationReport.kindName(kind),
                query.asOf(), dashboard, indicators, DepartmentScorecardController.scorecards(snapshot, query),
                AttentionController.items(snapshot, query, staleAfterDays));
    }

    private static EvaluationReport.IndicatorLine line(IndicatorReport i, int year) {
        String target = i.targetText() == null ? "" : i.targetText();
        if (i.growthText() != null && !i.growthText().isBlank()) {
            target = target.isBlank() ? i.growthText() : target + "；" + i.growthText();
        }
        return new EvaluationReport.IndicatorLine(i.code(), i.name(), i.unit(), i.attribute(),
                i.baseline() == null ? null : i.baseline().raw(), target, i.responsibleDepartments(),
                i.year(year).orElseThrow(), i.trajectory());
    }

    static ListQuery query(String plan, int year, Map<String, String> params, java.time.LocalDate today) {
        ListQuery given = ListQuery.parse(params, java.util.Set.of(), java.util.Set.of("format"), java.util.Set.of(), today);
        ListQuery.checkYear(year);
        return new ListQuery(plan, null, null, null, null, null, null, year, true, given.asOf(), given.asOfGiven(),
                List.of(), 0, 1, Map.of());
    }
}
