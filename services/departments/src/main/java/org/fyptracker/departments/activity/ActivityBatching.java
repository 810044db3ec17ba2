package org.fyptracker.departments.activity;

import java.util.ArrayList;
import java.util.List;
import org.fyptracker.platform.events.PerBatch;
import org.fyptracker.platform.readmodels.InsertOnce;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The activity entries of one batch of the {@code department-activity} processor, inserted in one request after
 * its last event: a backlog of a million project events (five years of reports, a replay) was a million saves,
 * which kept the shared MongoDB busy long after the read side had caught up (docs/benchmarks.md, finding 29).
 */
@Configuration(proxyBeanMethods = false)
class ActivityBatching {

    @Bean
    PerBatch<List<ActivityEntry>> activityBatches(MongoTemplate mongo) {
        String collection = mongo.getCollectionName(ActivityEntry.class);
        return new PerBatch<>(ActivityProjection.GROUP, events -> new ArrayList<>(events.size()),
                entries -> InsertOnce.insertAll(mongo, collection, entries));
    }
}
