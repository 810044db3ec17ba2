package org.fyptracker.tracking.projects;

import java.util.List;
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

    private record Held(long version, List<ProjectView> views) {
    }

    private final MongoTemplate mongo;
    private final ReadModelVersions version;
    private volatile Held held = new Held(-1, List.of());

    LiveProjectViews(MongoTemplate mongo, ReadModelVersions version) {
        this.mongo = mongo;
        this.version = version;
    }

    List<ProjectView> all() {
        long now = version.current(ProjectView.COLLECTION); // before the read: a write in between makes the next question read again
        Held known = held;
        if (known.version() != now) {
            Query query = new Query().with(Sort.by("_id"));
            query.fields().exclude("timeline");
            known = new Held(now, List.copyOf(mongo.find(query, ProjectView.class)));
            held = known;
        }
        return known.views().stream().map(ProjectView::copyForQuestion).toList();
    }
}
