package org.fyptracker.tracking.events;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
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
    private final AtomicLong raisedHere = new AtomicLong();

    public ReadModelVersions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** After a write to the read model (its collection's name). */
    public void raise(String readModel) {
        mongo.upsert(Query.query(Criteria.where("_id").is(readModel)), new Update().inc("version", 1L), COLLECTION);
        raisedHere.incrementAndGet();
    }

    /** How many raises this process has made: a reader here sees its own process's writes without asking MongoDB. */
    public long raisedHere() {
        return raisedHere.get();
    }

    /** The counters of several read models in one lookup (0 for one never raised). */
    public Map<String, Long> current(Collection<String> readModels) {
        Map<String, Long> current = new TreeMap<>();
        readModels.forEach(readModel -> current.put(readModel, 0L));
        mongo.find(Query.query(Criteria.where("_id").in(readModels)), Document.class, COLLECTION)
                .forEach(stamp -> current.put(stamp.getString("_id"), ((Number) stamp.get("version")).longValue()));
        return current;
    }

    public long current(String readModel) {
        Document stamp = mongo.findById(readModel, Document.class, COLLECTION);
        return stamp == null ? 0 : ((Number) stamp.get("version")).longValue();
    }
}
