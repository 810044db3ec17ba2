package org.fyptracker.tracking.projects;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A counter in MongoDB that every write to {@code project_views} raises: one small document, so a reader
 * can tell in one lookup whether the views it holds in memory are still the stored ones — also when
 * another replica of the service did the writing.
 */
@Component
public class ProjectViewsVersion {

    static final String COLLECTION = "read_model_versions";
    private static final String ID = "project_views";

    private final MongoTemplate mongo;

    public ProjectViewsVersion(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void raise() {
        mongo.upsert(Query.query(Criteria.where("_id").is(ID)), new Update().inc("version", 1L), COLLECTION);
    }

    long current() {
        Document stamp = mongo.findById(ID, Document.class, COLLECTION);
        return stamp == null ? 0 : ((Number) stamp.get("version")).longValue();
    }
}
