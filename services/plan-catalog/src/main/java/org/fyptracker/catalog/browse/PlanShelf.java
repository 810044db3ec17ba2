package org.fyptracker.catalog.browse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.plans.PlanImported;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The imported plans as the catalog answers from them: one document per plan in MongoDB (the plan as
 * JSON, exactly as imported), cached in memory because a plan never changes once imported.
 */
@Component
@ProcessingGroup("plan-shelf")
public class PlanShelf {

    static final String COLLECTION = "plans";

    private final MongoTemplate mongo;
    private final ObjectMapper json;
    private final Map<String, Plan> cache = new ConcurrentHashMap<>();

    public PlanShelf(MongoTemplate mongo, ObjectMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    @EventHandler
    void on(PlanImported event) throws JsonProcessingException {
        Plan plan = event.plan();
        mongo.upsert(Query.query(Criteria.where("_id").is(plan.code())), new Update()
                .set("parentCode", plan.parentCode())
                .set("title", plan.title())
                .set("sourceSha256", event.sourceSha256())
                .set("json", json.writeValueAsString(plan)), COLLECTION);
        cache.put(plan.code(), plan);
    }

    public Optional<Plan> find(String code) {
        Plan cached = cache.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Document document = mongo.findById(code, Document.class, COLLECTION);
        return Optional.ofNullable(document).map(this::read).map(plan -> {
            cache.put(plan.code(), plan);
            return plan;
        });
    }

    public List<Plan> all() {
        return mongo.findAll(Document.class, COLLECTION).stream()
                .map(d -> cache.computeIfAbsent(d.getString("_id"), code -> read(d)))
                .sorted(Comparator.comparing(Plan::code))
                .toList();
    }

    private Plan read(Document document) {
        try {
            return json.readValue(document.getString("json"), Plan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan " + document.getString("_id") + " cannot be read", e);
        }
    }
}
