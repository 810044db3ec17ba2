package org.fyptracker.tracking.projects;

import java.util.List;
import org.fyptracker.tracking.events.HeldPerVersion;
import org.fyptracker.tracking.events.ReadModelVersions;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Every project view as stored now (without timelines), read from MongoDB only when the views changed since
 * the last read ({@link ReadModelVersions}). Every dashboard, list, scorecard and attention question
 * needs all of them; reading 1,000 views from the MongoDB-wire server took 100-200 ms a question
 * (docs/benchmarks.md, finding 5), checking the version takes one lookup of one small document. Each caller
 * gets its own copies, because a question sets the views' computed fields (status, placement) for its day.
 */
@Component
class LiveProjectViews {

    private final HeldPerVersion<List<ProjectView>> held;

    LiveProjectViews(MongoTemplate mongo, ReadModelVersions versions) {
        this.held = new HeldPerVersion<>(versions, ProjectView.COLLECTION, () -> {
            Query query = new Query().with(Sort.by("_id"));
            query.fields().exclude("timeline");
            return List.copyOf(mongo.find(query, ProjectView.class));
        });
    }

    List<ProjectView> all() {
        return held.get().stream().map(ProjectView::copyForQuestion).toList();
    }
}
