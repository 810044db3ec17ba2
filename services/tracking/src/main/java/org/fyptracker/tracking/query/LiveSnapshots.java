package org.fyptracker.tracking.query;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fyptracker.tracking.catalog.PlanCatalogProjection;
import org.fyptracker.tracking.departments.DepartmentDirectory;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.fyptracker.tracking.indicators.IndicatorViews;
import org.fyptracker.tracking.projects.ProjectView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The live {@link TrackingState.Snapshot}, made again only when something it is made of changed: the project
 * and indicator views, the plan imports and the department registry (the {@link ReadModelVersions} counters
 * their writes raise), or the business date (statuses are computed for it). All of it lives in the shared
 * MongoDB, so a replica sees another replica's writes. Checking costs one small round trip (three while the logs
 * were stamped by their sizes); at hundreds of questions a second that round trip was most of a question's wait,
 * so a checked stamp is trusted for {@code fyp.tracking.stamp-max-age} (default 250 ms, well inside the
 * projection's own lag) unless this process raised a counter since: its own writes are seen at once, another
 * replica's within that age (docs/benchmarks.md, finding 20). Making the snapshot reads, copies and places every
 * view, evaluates every indicator and folds the department log.
 */
@Component
class LiveSnapshots {

    /** What a live snapshot is made of: read models whose writes raise a counter. */
    static final List<String> MADE_OF = List.of(ProjectView.COLLECTION, IndicatorViews.COLLECTION,
            PlanCatalogProjection.COLLECTION, DepartmentDirectory.LOG);

    /** What a live snapshot was made from. */
    record Stamp(LocalDate today, Map<String, Long> versions) {
    }

    private record Held(Stamp stamp, TrackingState.Snapshot snapshot) {
    }

    /** A stamp read from MongoDB, when, and this process's raises then. */
    private record Checked(Stamp stamp, long atNanos, long raisedHere) {
    }

    private final ReadModelVersions versions;
    private final long maxAgeNanos;
    private volatile Held held;
    private volatile Checked checked;

    LiveSnapshots(ReadModelVersions versions, @Value("${fyp.tracking.stamp-max-age:250ms}") Duration maxAge) {
        this.versions = versions;
        this.maxAgeNanos = maxAge.toNanos();
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
        Checked last = checked;
        long now = System.nanoTime();
        if (last != null && last.stamp().today().equals(today) && now - last.atNanos() < maxAgeNanos
                && last.raisedHere() == versions.raisedHere()) {
            return last.stamp();
        }
        long raisedHere = versions.raisedHere(); // before the lookup: a raise during it makes the next question look again
        Stamp read = new Stamp(today, versions.current(MADE_OF));
        checked = new Checked(read, now, raisedHere);
        return read;
    }
}
