package org.fyptracker.tracking.indicators;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.tracking.asof.AsOf;
import org.fyptracker.tracking.dashboard.IndicatorFigures;
import org.fyptracker.tracking.publicreads.Audience;
import org.fyptracker.tracking.query.ListQuery;
import org.fyptracker.tracking.query.Listing;
import org.fyptracker.tracking.query.TrackingState;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Questions about the main indicators: where each stands, year by year, and why; now or as of a date. Public
 * (the plans' indicator tables are public promises): without a token the answer is {@link IndicatorReport#published()}.
 */
@RestController
@RequestMapping(path = "/api/v1/tracking/indicators", produces = "application/json")
public class IndicatorQueryController {

    private static final String CODE = "^[A-Z]{2,8}-\\d{2}\\.I\\d{2}(\\.\\d{1,2})?$";
    static final Set<String> FILTERS = Set.of("plan", "department", "status", "year");
    static final Set<String> SORT_KEYS = Set.of("code", "name", "status", "alarm", "attribute");

    private final IndicatorReports reports;
    private final TrackingState state;
    private final AsOf asOf;
    private final Audience audience;

    public IndicatorQueryController(IndicatorReports reports, TrackingState state, AsOf asOf, Audience audience) {
        this.reports = reports;
        this.state = state;
        this.asOf = asOf;
        this.audience = audience;
    }

    @GetMapping("/{code}")
    public IndicatorReport indicator(@PathVariable String code, @RequestParam Map<String, String> params) {
        if (!code.matches(CODE)) {
            throw RuleViolation.invalid("indicator-code-format", "code", "'" + code + "' is not an indicator code such as FZ-15.I04");
        }
        ListQuery query = ListQuery.parse(params, Set.of("year"), Set.of(), Set.of(), asOf.parse(null));
        return reports.of(code, query.yearGiven() ? query.year() : null, query.asOfGiven() ? asOf.endOf(query.asOf()) : null)
                .map(report -> audience.isPublic() ? report.published() : report)
                .orElseThrow(() -> RuleViolation.notFound("unknown-indicator", "code", "no indicator " + code + " is tracked"
                        + (query.asOfGiven() ? " as of " + query.asOf() : "")));
    }

    /**
     * Indicators filtered by plan, responsible department and status (in {@code year}, default the year of
     * {@code asOf}), sorted and paged; each with every year's evaluation, or only {@code year}'s when given.
     */
    @GetMapping
    public Listing<IndicatorReport> list(@RequestParam Map<String, String> params) {
        ListQuery query = ListQuery.parse(params, FILTERS, Set.of(), SORT_KEYS, asOf.parse(null));
        List<IndicatorReport> matching = state.of(query).indicators(query);
        int year = query.year();
        Map<String, Comparator<IndicatorReport>> keys = Map.of(
                "code", ListQuery.by(IndicatorReport::code), "name", ListQuery.by(IndicatorReport::name),
                "attribute", ListQuery.by(IndicatorReport::attribute),
                "status", ListQuery.by(i -> i.year(year).map(e -> e.status().ordinal()).orElse(null)),
                "alarm", ListQuery.by(i -> i.year(year).map(e -> e.alarm()).orElse(false)));
        IndicatorFigures figures = IndicatorFigures.of(matching, year);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("byStatus", figures.byStatus());
        summary.put("alarms", (long) figures.bindingInAlarm());
        List<IndicatorReport> items = query.yearGiven() ? matching.stream().map(i -> i.onlyYear(year)).toList() : matching;
        if (audience.isPublic()) {
            items = items.stream().map(IndicatorReport::published).toList();
        }
        return query.page(items, keys, ListQuery.by(IndicatorReport::code), summary);
    }
}
