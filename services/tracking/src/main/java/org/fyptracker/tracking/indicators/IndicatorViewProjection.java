package org.fyptracker.tracking.indicators;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.fyptracker.contracts.indicators.IndicatorDefined;
import org.fyptracker.contracts.indicators.IndicatorEvent;
import org.fyptracker.tracking.rebuild.RebuildableReadModel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link IndicatorView} up to date from the indicators topic. Events of one indicator arrive in order
 * (the Kafka key is the indicator code); one already applied changes nothing.
 */
@Component
@ProcessingGroup(IndicatorViewProjection.GROUP)
public class IndicatorViewProjection implements RebuildableReadModel {

    public static final String GROUP = "indicator-views";

    private final MongoTemplate mongo;

    public IndicatorViewProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(IndicatorEvent event, @SequenceNumber Long sequence, @Timestamp Instant at) {
        IndicatorView view = mongo.findById(event.indicatorCode(), IndicatorView.class);
        if (view == null) {
            if (!(event instanceof IndicatorDefined)) {
                return; // cannot happen in order
            }
            view = new IndicatorView();
        }
        if (IndicatorHistory.apply(view, event, sequence, at)) {
            mongo.save(view);
        }
    }

    @Override
    @ResetHandler
    public void drop() {
        mongo.dropCollection(IndicatorView.class);
    }
}
