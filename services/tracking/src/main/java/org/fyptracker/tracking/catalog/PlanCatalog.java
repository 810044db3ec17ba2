package org.fyptracker.tracking.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The plans' structures as imported by a time (or now): the latest import of each plan recorded before it. */
@Component
public class PlanCatalog {

    private final MongoTemplate mongo;
    private final ObjectMapper json;
    private final Map<String, PlanStructure> parsed = new ConcurrentHashMap<>();

    public PlanCatalog(MongoTemplate mongo, ObjectMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    /** Plan code → structure, in code order. @param before null for now */
    public Map<String, PlanStructure> plans(Instant before) {
        Query query = before == null ? new Query() : Query.query(Criteria.where("recordedAt").lt(before.toEpochMilli()));
        query.with(Sort.by("planCode", "recordedAt", "sequence"));
        query.fields().include("_id", "planCode");
        Map<String, String> latest = new TreeMap<>();
        for (Document d : mongo.find(query, Document.class, PlanCatalogProjection.COLLECTION)) {
            latest.put(d.getString("planCode"), d.getString("_id"));
        }
        Map<String, PlanStructure> plans = new TreeMap<>();
        latest.forEach((code, id) -> plans.put(code, parsed.computeIfAbsent(id, this::load)));
        return plans;
    }

    public Optional<PlanStructure> plan(String code, Instant before) {
        return Optional.ofNullable(plans(before).get(code));
    }

    void forget() {
        parsed.clear();
    }

    private PlanStructure load(String id) {
        Document d = mongo.findById(id, Document.class, PlanCatalogProjection.COLLECTION);
        return json.convertValue(d.get("structure", Document.class), PlanStructure.class);
    }
}
