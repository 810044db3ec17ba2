package org.fyptracker.tracking.indicators;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fyptracker.contracts.indicators.IndicatorEvent;
import org.fyptracker.tracking.events.EventLog;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Every indicator's view as it stands now (the live read model) or as it stood at a past time: the events
 * recorded before it, folded by {@link IndicatorHistory} — the same fold the projection applies live.
 */
@Component
public class IndicatorViews {

    static final String COLLECTION = "indicator_views";

    /** The live views as last read, and the read model's version then. */
    private record Held(long version, Map<String, IndicatorView> views) {
    }

    private final MongoTemplate mongo;
    private final EventLog log;
    private final ReadModelVersions versions;
    private volatile Held held = new Held(-1, Map.of());

    public IndicatorViews(MongoTemplate mongo, ObjectMapper json, ReadModelVersions versions) {
        this.mongo = mongo;
        this.log = new EventLog(mongo, json, "indicator_events");
        this.versions = versions;
    }

    EventLog log() {
        return log;
    }

    /** Code → view, in code order, of every plan. @param before null for now */
    public Map<String, IndicatorView> all(Instant before) {
        if (before == null) {
            return new LinkedHashMap<>(live());
        }
        Map<String, IndicatorView> views = new LinkedHashMap<>();
        for (EventLog.Logged logged : log.recordedBefore(before)) {
            IndicatorEvent event = (IndicatorEvent) logged.event();
            IndicatorView view = views.computeIfAbsent(event.indicatorCode(), code -> new IndicatorView());
            IndicatorHistory.apply(view, event, logged.sequence(), logged.at());
        }
        views.values().removeIf(v -> v.code == null); // events of an indicator defined later
        return views;
    }

    /**
     * Read from MongoDB only when the read model's version moved (every dashboard question needs all views;
     * nothing that reads them changes them, so the held views are shared).
     */
    private Map<String, IndicatorView> live() {
        long now = versions.current(COLLECTION); // before the read: a write in between makes the next question read again
        Held known = held;
        if (known.version() != now) {
            Map<String, IndicatorView> views = new LinkedHashMap<>();
            mongo.find(new Query().with(Sort.by("_id")), IndicatorView.class).forEach(v -> views.put(v.code, v));
            known = new Held(now, views);
            held = known;
        }
        return known.views();
    }
}
