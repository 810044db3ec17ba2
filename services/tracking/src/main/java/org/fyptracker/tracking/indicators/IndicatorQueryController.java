package org.fyptracker.tracking.indicators;

import java.util.List;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.tracking.indicators.evaluation.IndicatorEvaluator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervisors' questions about the main indicators: where each stands, year by year, and why. */
@RestController
@RequestMapping(path = "/api/v1/tracking/indicators", produces = "application/json")
public class IndicatorQueryController {

    private static final String CODE = "^[A-Z]{2,8}-\\d{2}\\.I\\d{2}(\\.\\d{1,2})?$";
    private static final String PLAN = "^[A-Z]{2,8}-\\d{2}$";

    private final IndicatorReports reports;

    public IndicatorQueryController(IndicatorReports reports) {
        this.reports = reports;
    }

    @GetMapping("/{code}")
    public IndicatorReport indicator(@PathVariable String code, @RequestParam(required = false) Integer year) {
        if (!code.matches(CODE)) {
            throw RuleViolation.invalid("indicator-code-format", "code", "'" + code + "' is not an indicator code such as FZ-15.I04");
        }
        return reports.of(code, checkYear(year)).orElseThrow(() -> RuleViolation.notFound("unknown-indicator", "code",
                "no indicator " + code + " is tracked"));
    }

    /** Every indicator of a plan with its evaluation: {@code ?plan=FZ-15}, optionally {@code &year=2026}. */
    @GetMapping
    public Listing list(@RequestParam(required = false) String plan, @RequestParam(required = false) Integer year) {
        if (plan != null && !plan.matches(PLAN)) {
            throw RuleViolation.invalid("plan-code-format", "plan", "'" + plan + "' is not a plan code such as FZ-15");
        }
        List<IndicatorReport> items = reports.ofPlan(plan, checkYear(year));
        return new Listing(items, items.stream().filter(IndicatorReport::alarm).count());
    }

    private static Integer checkYear(Integer year) {
        if (year != null && (year < IndicatorEvaluator.FIRST_YEAR || year > IndicatorEvaluator.LAST_YEAR)) {
            throw RuleViolation.invalid("year-within-plan", "year", "year is one of " + IndicatorEvaluator.FIRST_YEAR
                    + "–" + IndicatorEvaluator.LAST_YEAR + ", not " + year);
        }
        return year;
    }

    /** The indicators asked for and how many raise an alarm. */
    public record Listing(List<IndicatorReport> items, long alarms) {
    }
}
