package org.fyptracker.indicators.departments;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fyptracker.contracts.indicators.IndicatorDefined;
import org.fyptracker.contracts.indicators.ResponsibilityAssigned;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Keeps who reports each indicator, from this service's own event store (a tracking processor). */
@Component
@ProcessingGroup("indicator-responsibility")
public class IndicatorResponsibilityProjection {

    private final MongoTemplate mongo;

    public IndicatorResponsibilityProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(IndicatorDefined e) {
        mongo.save(new IndicatorResponsibility(e.indicatorCode(), e.responsibleDepartments()));
    }

    @EventHandler
    void on(ResponsibilityAssigned e) {
        mongo.save(new IndicatorResponsibility(e.indicatorCode(), e.departments()));
    }
}
