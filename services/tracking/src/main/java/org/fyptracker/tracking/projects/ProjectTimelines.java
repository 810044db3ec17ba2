package org.fyptracker.tracking.projects;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Projects' timelines as last folded from the event log, so that a project asked for again folds only the events
 * logged since: one indexed read of what is new (usually nothing) instead of reading and converting every event of
 * its history. A project with 1,300 events took the whole read and fold on every ask, and six lag probes asking
 * every 25 ms kept tracking busy doing it (docs/benchmarks.md, finding 33). The log only grows, an event once
 * logged never changes, and a fold is kept only once it is whole, so what is kept stays true; it is forgotten when
 * the log is dropped for a rebuild. Held for the most recently asked projects, up to {@link #MAX_ENTRIES} timeline
 * entries over all of them.
 */
@Component
public class ProjectTimelines {

    /** About 250 bytes each: a few MB of tracking's heap. */
    static final int MAX_ENTRIES = 20_000;

    private final ProjectEventLog log;
    private final int maxEntries;
    /** By project, least recently asked first. Each fold is a copy no one changes once it is here. */
    private final Map<String, ProjectView> folded = new LinkedHashMap<>(64, 0.75f, true);
    private long held;

    @Autowired
    public ProjectTimelines(ProjectEventLog log) {
        this(log, MAX_ENTRIES);
    }

    ProjectTimelines(ProjectEventLog log, int maxEntries) {
        this.log = log;
        this.maxEntries = maxEntries;
    }

    /** Every event of the project in order, as timeline entries; empty for a project with nothing logged. */
    public List<ProjectView.TimelineEntry> of(String projectId) {
        ProjectView known;
        synchronized (this) {
            known = folded.get(projectId);
        }
        List<ProjectEventLog.Logged> newer = log.after(projectId, known == null ? -1 : known.lastSequence);
        if (newer.isEmpty()) {
            return known == null ? List.of() : Collections.unmodifiableList(known.timeline);
        }
        ProjectView view = known == null ? new ProjectView() : known.copyToFoldOn();
        newer.forEach(e -> ProjectHistory.apply(view, e.event(), e.eventId(), e.sequence(), e.recordedAt()));
        remember(projectId, view);
        return Collections.unmodifiableList(view.timeline);
    }

    /** Drops every kept fold: the log was dropped (a rebuild) and is being written again. */
    public synchronized void forget() {
        folded.clear();
        held = 0;
    }

    synchronized int projectsHeld() {
        return folded.size();
    }

    private synchronized void remember(String projectId, ProjectView view) {
        ProjectView before = folded.get(projectId);
        if (before != null && before.lastSequence > view.lastSequence) {
            return; // a concurrent ask kept a longer fold
        }
        folded.put(projectId, view);
        held += view.timeline.size() - (before == null ? 0 : before.timeline.size());
        for (Iterator<Map.Entry<String, ProjectView>> eldest = folded.entrySet().iterator(); held > maxEntries && eldest.hasNext(); ) {
            Map.Entry<String, ProjectView> entry = eldest.next();
            if (!entry.getKey().equals(projectId)) {
                held -= entry.getValue().timeline.size();
                eldest.remove();
            }
        }
    }
}
