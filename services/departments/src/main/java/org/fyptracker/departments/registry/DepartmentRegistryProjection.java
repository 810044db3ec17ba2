package org.fyptracker.departments.registry;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fyptracker.contracts.departments.DepartmentDissolved;
import org.fyptracker.contracts.departments.DepartmentRegistered;
import org.fyptracker.contracts.departments.DepartmentRenamed;
import org.fyptracker.contracts.departments.DepartmentsMerged;
import org.fyptracker.departments.department.DepartmentStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The department registry, from this service's own event store (a tracking processor, like the client
 * directory: both must work while Kafka is down). Every write is an upsert or a set, so a replay is harmless.
 */
@Component
@ProcessingGroup(DepartmentRegistryProjection.GROUP)
public class DepartmentRegistryProjection {

    public static final String GROUP = "department-registry";

    private final MongoTemplate mongo;

    public DepartmentRegistryProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(DepartmentRegistered e, @Timestamp Instant at) {
        mongo.save(new DepartmentView(e.code(), e.name(), e.kind(), e.parent(), DepartmentStatus.ACTIVE, null, at, at));
    }

    @EventHandler
    void on(DepartmentRenamed e, @Timestamp Instant at) {
        set(e.code(), Update.update("name", e.newName()).set("changedAt", at));
    }

    @EventHandler
    void on(DepartmentsMerged e, @Timestamp Instant at) {
        set(e.code(), Update.update("status", DepartmentStatus.MERGED).set("successor", e.successor()).set("changedAt", at));
    }

    @EventHandler
    void on(DepartmentDissolved e, @Timestamp Instant at) {
        set(e.code(), Update.update("status", DepartmentStatus.DISSOLVED).set("changedAt", at));
    }

    private void set(String code, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(code)), update, DepartmentView.class);
    }
}
