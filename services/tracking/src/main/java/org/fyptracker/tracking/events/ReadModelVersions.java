package org.fyptracker.tracking.events;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A counter per read model in MongoDB ({@code read_model_versions}, one small document each) that every write
 * to the read model raises, so a reader can tell in one lookup whether what it holds in memory is still what
 * is stored — also when another replica of the service did the writing.
 */
@Component
public class ReadModelVersions {

    static final String COLLECTION = "read_model_versions";

    private final MongoTemplate mongo;

    public ReadModelVersions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** After a write to the read model (its collection's name). */
    public void raise(String readModel) {
        mongo.upsert(Query.query(Criteria.where("_id").is(readModel)), new Update().inc("version", 1L), COLLECTION);
    }

    public long current(String readModel) {
        Document stamp = mongo.findById(readModel, Document.class, COLLECTION);
        return stamp == null ? 0 : ((Number) stamp.get("version")).longValue();
    }
}
