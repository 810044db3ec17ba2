package org.fyptracker.tracking.query;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.fyptracker.tracking.catalog.PlanCatalogProjection;
import org.fyptracker.tracking.departments.DepartmentDirectory;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.fyptracker.tracking.indicators.IndicatorViews;
import org.fyptracker.tracking.projects.ProjectView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The live {@link TrackingState.Snapshot}, made again only when something it is made of changed: the project
 * and indicator views, the plan imports and the department registry (the {@link ReadModelVersions} counters
 * their writes raise), or the business date (statuses are computed for it). All of it lives in the shared
 * MongoDB, so a replica sees another replica's writes. Checking costs one small round trip; at hundreds of
 * questions a second that round trip was most of a question's wait, so a checked stamp is trusted for
 * {@code fyp.tracking.stamp-max-age} (default 250 ms, well inside the projection's own lag) unless this process
 * raised a counter since: its own writes are seen at once, another replica's within that age (docs/benchmarks.md,
 * finding 20). Past that age a question still answers from the stamp it has, up to
 * {@code fyp.tracking.stamp-stale-limit} (default 1 s), while one background lookup reads it again: a question
 * waits for MongoDB only after a write here, on a new day, or when nobody asked for longer than the limit, and
 * then with every other question asking at that moment on one lookup (finding 29: the store's pauses were the
 * dashboards' tail). Making the snapshot reads, copies and places every view, evaluates every indicator and
 * folds the department log.
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

    /** A stamp read from MongoDB, when the lookup began, and this process's raises then. */
    private record Checked(Stamp stamp, long atNanos, long raisedHere) {
    }

    /** A lookup under way, which questions of the same day with no raise here since can wait for. */
    private record Lookup(LocalDate today, long raisedHere, CompletableFuture<Checked> result) {
    }

    private final ReadModelVersions versions;
    private final long maxAgeNanos;
    private final long staleLimitNanos;
    private final Executor background;
    private final AtomicReference<Lookup> underWay = new AtomicReference<>();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Held held;
    private volatile Checked checked;

    @Autowired
    LiveSnapshots(ReadModelVersions versions, @Value("${fyp.tracking.stamp-max-age:250ms}") Duration maxAge,
                  @Value("${fyp.tracking.stamp-stale-limit:1s}") Duration staleLimit) {
        this(versions, maxAge, staleLimit, LiveSnapshots::inBackground);
    }

    LiveSnapshots(ReadModelVersions versions, Duration maxAge, Duration staleLimit, Executor background) {
        this.versions = versions;
        this.maxAgeNanos = maxAge.toNanos();
        this.staleLimitNanos = Math.max(maxAge.toNanos(), staleLimit.toNanos());
        this.background = background;
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
        if (last != null && last.stamp().today().equals(today) && last.raisedHere() == versions.raisedHere()) {
            long age = System.nanoTime() - last.atNanos();
            if (age < maxAgeNanos) {
                return last.stamp();
            }
            if (age < staleLimitNanos) {
                refreshInBackground(today);
                return last.stamp();
            }
        }
        return lookUp(today).stamp();
    }

    /** Reads the stamp, or waits for a lookup under way that began on the same day after this process's last raise. */
    private Checked lookUp(LocalDate today) {
        long raisedHere = versions.raisedHere(); // before the lookup: a raise during it makes the next question look again
        Lookup running = underWay.get();
        if (running != null && running.today().equals(today) && running.raisedHere() == raisedHere) {
            return running.result().join();
        }
        Lookup mine = new Lookup(today, raisedHere, new CompletableFuture<>());
        underWay.set(mine);
        try {
            long at = System.nanoTime();
            Checked read = new Checked(new Stamp(today, versions.current(MADE_OF)), at, raisedHere);
            Checked before = checked;
            if (before == null || before.atNanos() - at <= 0) {
                checked = read;
            }
            mine.result().complete(read);
            return read;
        } catch (RuntimeException failed) {
            mine.result().completeExceptionally(failed);
            throw failed;
        } finally {
            underWay.compareAndSet(mine, null);
        }
    }

    private void refreshInBackground(LocalDate today) {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    lookUp(today);
                } catch (RuntimeException failed) {
                    // the next question past the stale limit looks up itself and sees the failure
                } finally {
                    refreshing.set(false);
                }
            });
        } catch (RuntimeException rejected) {
            refreshing.set(false);
        }
    }

    private static void inBackground(Runnable lookup) {
        Thread thread = new Thread(lookup, "live-stamp-refresh");
        thread.setDaemon(true);
        thread.start();
    }
}
