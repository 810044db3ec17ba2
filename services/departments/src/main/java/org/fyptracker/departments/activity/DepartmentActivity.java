package org.fyptracker.departments.activity;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads a department's activity, oldest first. */
@Component
public class DepartmentActivity {

    private final MongoTemplate mongo;

    public DepartmentActivity(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Entries at or after {@code since} (null: from the start), at most {@code limit}. */
    public List<ActivityEntry> of(String department, Instant since, int limit) {
        Criteria criteria = Criteria.where("department").is(department);
        if (since != null) {
            criteria = criteria.and("at").gte(since);
        }
        Query query = Query.query(criteria)
                .with(Sort.by("at", "subject", "sequence"))
                .limit(limit);
        return mongo.find(query, ActivityEntry.class);
    }
}
