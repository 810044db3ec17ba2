package org.fyptracker.tracking.attention;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.tracking.asof.AsOf;
import org.fyptracker.tracking.query.ListQuery;
import org.fyptracker.tracking.query.Listing;
import org.fyptracker.tracking.query.TrackingState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The attention list: what needs a supervisor now (or needed, as of a past date). */
@RestController
@RequestMapping(path = "/api/v1/tracking/attention", produces = "application/json")
public class AttentionController {

    static final Set<String> FILTERS = Set.of("plan", "part", "chapter", "box", "department", "district", "year");
    static final Set<String> EXTRAS = Set.of("kind", "staleAfterDays");
    static final Set<String> SORT_KEYS = Set.of("kind", "days", "subject", "department");

    private final TrackingState state;
    private final AsOf asOf;
    private final int staleAfterDays;

    public AttentionController(TrackingState state, AsOf asOf,
                               @Value("${fyp.tracking.stale-after-days:90}") int staleAfterDays) {
        this.state = state;
        this.asOf = asOf;
        this.staleAfterDays = staleAfterDays;
    }

    /**
     * Filters: plan, department; part, chapter, box and district narrow the projects (and leave out the
     * indicators, which no part holds); year decides indicator alarms (default: each indicator's latest
     * evaluated year); kind; staleAfterDays.
     */
    @GetMapping
    public Listing<AttentionItem> list(@RequestParam Map<String, String> params) {
        ListQuery query = ListQuery.parse(params, FILTERS, EXTRAS, SORT_KEYS, asOf.parse(null));
        int stale = staleDays(query);
        return state.answer(query, snapshot -> page(items(snapshot, query, stale), query, stale), "attention", stale);
    }

    private static Listing<AttentionItem> page(List<AttentionItem> items, ListQuery query, int stale) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("staleAfterDays", stale);
        Map<String, Long> byKind = new java.util.TreeMap<>();
        items.forEach(i -> byKind.merge(i.kind(), 1L, Long::sum));
        summary.put("byKind", byKind);
        Map<String, Comparator<AttentionItem>> keys = Map.of("kind", ListQuery.by(AttentionItem::kind),
                "days", ListQuery.by(AttentionItem::days), "subject", ListQuery.by(AttentionItem::subjectId),
                "department", ListQuery.by(AttentionItem::department));
        return query.page(items, keys, AttentionList.ORDER, summary);
    }

    public int staleDays(ListQuery query) {
        String given = query.extras().get("staleAfterDays");
        int stale;
        try {
            stale = given == null ? staleAfterDays : Integer.parseInt(given);
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("invalid-format", "staleAfterDays", "staleAfterDays is a number of days");
        }
        if (stale < 1 || stale > 3650) {
            throw RuleViolation.invalid("stale-days-bounds", "staleAfterDays", "between 1 and 3650 days");
        }
        return stale;
    }

    /** The attention items of a snapshot for a query: what the evaluation report embeds too. */
    public static List<AttentionItem> items(TrackingState.Snapshot snapshot, ListQuery query, int stale) {
        boolean placedOnly = query.part() != null || query.chapter() != null || query.box() != null || query.district() != null;
        String kind = query.extras().get("kind");
        return AttentionList.of(snapshot.projects(query, false), placedOnly ? List.of() : snapshot.indicators(query),
                        query.yearGiven() ? query.year() : null, query.asOf(), stale).stream()
                .filter(i -> kind == null || kind.equals(i.kind()))
                .filter(i -> query.department() == null || i.departments().contains(query.department()))
                .toList();
    }
}
