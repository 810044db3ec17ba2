package org.fyptracker.tracking.query;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fyptracker.tracking.catalog.PlanCatalogProjection;
import org.fyptracker.tracking.departments.DepartmentDirectory;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.fyptracker.tracking.indicators.IndicatorViews;
import org.fyptracker.tracking.projects.ProjectView;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The live {@link TrackingState.Snapshot}, made again only when something it is made of changed: the project
 * and indicator views (their {@link ReadModelVersions} counters), the plan imports and the department registry
 * (their logs' sizes: the logs only grow, event by event id, so an equal size is the same events — the rule
 * {@code AsOfCache} relies on too), or the business date (statuses are computed for it). All of it lives in
 * the shared MongoDB, so a replica sees another replica's writes at its next question. Checking costs three
 * small round trips; making the snapshot reads, copies and places every view, evaluates every indicator and
 * folds the department log (docs/benchmarks.md, "Queries:").
 */
@Component
class LiveSnapshots {

    /** Read models whose writes raise a counter. */
    static final List<String> VIEWS = List.of(ProjectView.COLLECTION, IndicatorViews.COLLECTION);
    /** Logs a live snapshot folds whole, stamped by their size. */
    static final List<String> LOGS = List.of(PlanCatalogProjection.COLLECTION, DepartmentDirectory.LOG);

    /** What a live snapshot was made from. */
    record Stamp(LocalDate today, Map<String, Long> versions, Map<String, Long> logSizes) {
    }

    private record Held(Stamp stamp, TrackingState.Snapshot snapshot) {
    }

    private final MongoTemplate mongo;
    private final ReadModelVersions versions;
    private volatile Held held;

    LiveSnapshots(MongoTemplate mongo, ReadModelVersions versions) {
        this.mongo = mongo;
        this.versions = versions;
    }

    /**
     * The snapshot for {@code today}: the held one while the stamp is unchanged, else {@code make}'s. The stamp is
     * read before making, so a write during the making leaves a stamp that differs at the next question (the
     * snapshot is made again) rather than a stale snapshot under a current stamp. One request makes it while
     * the others asking at that moment wait and take it.
     */
    TrackingState.Snapshot get(LocalDate today, Supplier<TrackingState.Snapshot> make) {
        Stamp now = stamp(today);
        Held known = held;
        if (known != null && known.stamp().equals(now)) {
            return known.snapshot();
        }
        synchronized (this) {
            known = held;
            if (known != null && known.stamp().equals(now)) {
                return known.snapshot();
            }
            TrackingState.Snapshot made = make.get();
            held = new Held(now, made);
            return made;
        }
    }

    Stamp stamp(LocalDate today) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        LOGS.forEach(log -> sizes.put(log, mongo.getCollection(log).estimatedDocumentCount()));
        return new Stamp(today, versions.current(VIEWS), sizes);
    }
}
