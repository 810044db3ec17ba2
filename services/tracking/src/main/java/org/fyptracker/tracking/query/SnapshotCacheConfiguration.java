package org.fyptracker.tracking.query;

import java.util.List;
import org.fyptracker.tracking.asof.AsOf;
import org.fyptracker.tracking.asof.AsOfCache;
import org.fyptracker.tracking.catalog.PlanCatalogProjection;
import org.fyptracker.tracking.departments.DepartmentDirectory;
import org.fyptracker.tracking.indicators.IndicatorViews;
import org.fyptracker.tracking.projects.ProjectEventLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The snapshots {@link TrackingState} replays for past days, kept per day (docs/tracking.md). */
@Configuration(proxyBeanMethods = false)
class SnapshotCacheConfiguration {

    /** Every log a snapshot folds: plans as imported, the department registry, project and indicator events. */
    static final List<String> LOGS = List.of(PlanCatalogProjection.COLLECTION, DepartmentDirectory.LOG,
            ProjectEventLog.COLLECTION, IndicatorViews.LOG);

    @Bean
    AsOfCache<TrackingState.Snapshot> snapshotCache(MongoTemplate mongo, AsOf asOf,
                                                    @Value("${fyp.tracking.as-of-cache-size:16}") int size) {
        return new AsOfCache<>(mongo, asOf, LOGS, size);
    }
}
