package org.fyptracker.tracking.indicators;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.fyptracker.contracts.indicators.IndicatorDefined;
import org.fyptracker.contracts.indicators.IndicatorEvent;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.fyptracker.tracking.rebuild.RebuildableReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link IndicatorView} up to date from the indicators topic, and logs every event for "as of"
 * answers. Events of one indicator arrive in order (the Kafka key is the indicator code); one already
 * applied changes nothing.
 */
@Component
@ProcessingGroup(IndicatorViewProjection.GROUP)
public class IndicatorViewProjection implements RebuildableReadModel {

    public static final String GROUP = "indicator-views";

    private final MongoTemplate mongo;
    private final IndicatorViews views;
    private final ReadModelVersions versions;

    public IndicatorViewProjection(MongoTemplate mongo, IndicatorViews views, ReadModelVersions versions) {
        this.mongo = mongo;
        this.views = views;
        this.versions = versions;
    }

    @EventHandler
    void on(IndicatorEvent event, EventMessage<?> message, @SequenceNumber Long sequence, @Timestamp Instant at) {
        views.log().append(event, message.getIdentifier(), sequence, at);
        IndicatorView view = mongo.findById(event.indicatorCode(), IndicatorView.class);
        if (view == null) {
            if (!(event instanceof IndicatorDefined)) {
                return; // cannot happen in order; the log keeps it for a rebuild
            }
            view = new IndicatorView();
        }
        if (IndicatorHistory.apply(view, event, sequence, at)) {
            mongo.save(view);
            versions.raise(IndicatorViews.COLLECTION);
        }
    }

    @Override
    @ResetHandler
    public void drop() {
        mongo.dropCollection(IndicatorView.class);
        views.log().drop();
        versions.raise(IndicatorViews.COLLECTION);
    }

    @Override
    public List<String> collections() {
        return List.of(IndicatorViews.COLLECTION, views.log().collection());
    }
}
