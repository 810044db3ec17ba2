package org.fyptracker.tracking.attention;

import java.time.LocalDate;
import java.util.List;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.tracking.asof.AsOf;
import org.fyptracker.tracking.projects.ProjectViews;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The attention list: what needs a supervisor now (or needed, as of a past date). */
@RestController
@RequestMapping(path = "/api/v1/tracking/attention", produces = "application/json")
public class AttentionController {

    private final ProjectViews projects;
    private final AsOf asOf;
    private final int staleAfterDays;

    public AttentionController(ProjectViews projects, AsOf asOf,
                               @Value("${fyp.tracking.stale-after-days:90}") int staleAfterDays) {
        this.projects = projects;
        this.asOf = asOf;
        this.staleAfterDays = staleAfterDays;
    }

    /** The answer with what it was computed for. */
    public record Answer(LocalDate asOf, int staleAfterDays, int total, List<AttentionItem> items) {
    }

    @GetMapping
    public Answer list(@RequestParam(required = false) String plan, @RequestParam(required = false) String kind,
                       @RequestParam(required = false) String department,
                       @RequestParam(required = false) Integer staleAfterDays,
                       @RequestParam(required = false) String asOf) {
        int stale = staleAfterDays == null ? this.staleAfterDays : staleAfterDays;
        if (stale < 1 || stale > 3650) {
            throw RuleViolation.invalid("stale-days-bounds", "staleAfterDays", "between 1 and 3650 days");
        }
        LocalDate date = this.asOf.parse(asOf);
        List<AttentionItem> items = AttentionList.of(projects.of(plan, asOf == null ? null : date), date, stale).stream()
                .filter(i -> kind == null || kind.equals(i.kind()))
                .filter(i -> department == null || department.equals(i.department()))
                .toList();
        return new Answer(date, stale, items.size(), items);
    }
}
