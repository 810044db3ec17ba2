package org.fyptracker.tracking.indicators;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fyptracker.contracts.indicators.IndicatorEvent;
import org.fyptracker.tracking.events.EventLog;
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

    /** Every indicator event seen, as {@link EventLog} keeps it. */
    public static final String LOG = "indicator_events";

    private final MongoTemplate mongo;
    private final EventLog log;

    public IndicatorViews(MongoTemplate mongo, ObjectMapper json) {
        this.mongo = mongo;
        this.log = new EventLog(mongo, json, LOG);
    }

    EventLog log() {
        return log;
    }

    /** Code → view, in code order, of every plan. @param before null for now */
    public Map<String, IndicatorView> all(Instant before) {
        Map<String, IndicatorView> views = new LinkedHashMap<>();
        if (before == null) {
            mongo.find(new Query().with(Sort.by("_id")), IndicatorView.class).forEach(v -> views.put(v.code, v));
            return views;
        }
        for (EventLog.Logged logged : log.recordedBefore(before)) {
            IndicatorEvent event = (IndicatorEvent) logged.event();
            IndicatorView view = views.computeIfAbsent(event.indicatorCode(), code -> new IndicatorView());
            IndicatorHistory.apply(view, event, logged.sequence(), logged.at());
        }
        views.values().removeIf(v -> v.code == null); // events of an indicator defined later
        return views;
    }
}
