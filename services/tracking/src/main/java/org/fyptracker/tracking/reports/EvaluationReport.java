package org.fyptracker.tracking.reports;

import java.time.LocalDate;
import java.util.List;
import org.fyptracker.tracking.attention.AttentionItem;
import org.fyptracker.tracking.dashboard.Dashboard;
import org.fyptracker.tracking.departments.DepartmentScorecard;
import org.fyptracker.tracking.indicators.evaluation.Evaluation;
import org.fyptracker.tracking.indicators.evaluation.Trajectory;

/**
 * The evaluation report of a plan for a year (年度监测; 中期评估 for 2028; 总结评估 for 2030), as of a day:
 * the plan dashboard with every part's (or, for a plan without parts, chapter's) project and milestone figures,
 * every indicator's evaluation and trajectory, the departments' scorecards and the attention list. Every part
 * is computed from one snapshot by the functions the individual queries use, so its figures are theirs.
 *
 * @param kind ANNUAL, MID_TERM or FINAL; {@code kindName} the plan's word for it
 */
public record EvaluationReport(String plan, String title, int year, String kind, String kindName, LocalDate asOf,
                               Dashboard dashboard, List<IndicatorLine> indicators,
                               List<DepartmentScorecard> departments, List<AttentionItem> attention) {

    /** One main indicator: what it promises, the year's evaluation and its figures against the target's line. */
    public record IndicatorLine(String code, String name, String unit, String attribute, String baseline,
                                String target, List<String> responsibleDepartments, Evaluation evaluation,
                                Trajectory trajectory) {
    }

    public static String kindOf(int year) {
        return year == 2028 ? "MID_TERM" : year == 2030 ? "FINAL" : "ANNUAL";
    }

    public static String kindName(String kind) {
        return switch (kind) {
            case "MID_TERM" -> "中期评估";
            case "FINAL" -> "总结评估";
            default -> "年度监测";
        };
    }
}
