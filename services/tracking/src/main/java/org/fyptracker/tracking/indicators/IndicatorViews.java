package org.fyptracker.tracking.indicators;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fyptracker.contracts.indicators.IndicatorEvent;
import org.fyptracker.tracking.events.EventLog;
import org.fyptracker.tracking.events.HeldPerVersion;
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

    public static final String COLLECTION = "indicator_views";
    /** Every indicator event seen, as {@link EventLog} keeps it. */
    public static final String LOG = "indicator_events";

    private final EventLog log;
    /** The live views; nothing that reads them changes them, so they are shared. */
    private final HeldPerVersion<Map<String, IndicatorView>> live;

    public IndicatorViews(MongoTemplate mongo, ObjectMapper json, ReadModelVersions versions) {
        this.log = new EventLog(mongo, json, LOG);
        this.live = new HeldPerVersion<>(versions, COLLECTION, () -> {
            Map<String, IndicatorView> views = new LinkedHashMap<>();
            mongo.find(new Query().with(Sort.by("_id")), IndicatorView.class).forEach(v -> views.put(v.code, v));
            return views;
        });
    }

    EventLog log() {
        return log;
    }

    /** Code → view, in code order, of every plan. @param before null for now */
    public Map<String, IndicatorView> all(Instant before) {
        if (before == null) {
            return new LinkedHashMap<>(live.get());
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
}
