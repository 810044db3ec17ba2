package org.fyptracker.tracking.reports;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fyptracker.contracts.PlanRef;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.tracking.asof.AsOf;
import org.fyptracker.tracking.catalog.PlanStructure;
import org.fyptracker.tracking.query.ListQuery;
import org.fyptracker.tracking.query.TrackingState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/tracking/plans/{code}/reports/{year}?format=json|csv|html[&asOf=YYYY-MM-DD]}. */
@RestController
public class ReportController {

    private static final Logger log = LoggerFactory.getLogger(ReportController.class);

    private final TrackingState state;
    private final AsOf asOf;
    private final int staleAfterDays;

    public ReportController(TrackingState state, AsOf asOf, @Value("${fyp.tracking.stale-after-days:90}") int staleAfterDays) {
        this.state = state;
        this.asOf = asOf;
        this.staleAfterDays = staleAfterDays;
    }

    @GetMapping("/api/v1/tracking/plans/{plan}/reports/{year}")
    public ResponseEntity<?> report(@PathVariable String plan, @PathVariable int year, @RequestParam Map<String, String> params) {
        long started = System.nanoTime();
        if (!plan.matches(PlanRef.PLAN_CODE_PATTERN)) {
            throw RuleViolation.invalid("plan-code-format", "plan", "'" + plan + "' is not a plan code such as FZ-15");
        }
        String format = params.getOrDefault("format", "json");
        if (!format.equals("json") && !format.equals("csv") && !format.equals("html")) {
            throw RuleViolation.invalid("report-format", "format", "format is json, csv or html, not '" + format + "'");
        }
        ListQuery query = EvaluationReports.query(plan, year, params, asOf.parse(null));
        TrackingState.Snapshot snapshot = state.of(query);
        PlanStructure structure = snapshot.plans().get(plan);
        if (structure == null) {
            throw RuleViolation.notFound("unknown-plan", "plan", "no plan " + plan + " was imported"
                    + (query.asOfGiven() ? " as of " + query.asOf() : ""));
        }
        EvaluationReport report = EvaluationReports.of(snapshot, structure, query, staleAfterDays);
        String name = plan + "-" + year + "-" + report.kind().toLowerCase() + "-asof-" + report.asOf();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        ResponseEntity<?> answer = switch (format) {
            case "csv" -> ok.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                    .header("Server-Timing", timing(started)).body(ReportCsv.write(report));
            case "html" -> ok.contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                    .header("Server-Timing", timing(started))
                    .body(ReportHtml.write(report).getBytes(StandardCharsets.UTF_8));
            default -> ok.contentType(MediaType.APPLICATION_JSON).header("Server-Timing", timing(started)).body(report);
        };
        log.info("report {} {} format={} asOf={} millis={}", plan, year, format, report.asOf(),
                (System.nanoTime() - started) / 1_000_000);
        return answer;
    }

    private static String timing(long started) {
        return "report;dur=" + (System.nanoTime() - started) / 1_000_000;
    }
}
