package org.fyptracker.departments.registry;

import java.util.List;
import java.util.Optional;
import org.fyptracker.departments.department.DepartmentStatus;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads the department registry. */
@Component
public class DepartmentRegistry {

    private final MongoTemplate mongo;

    public DepartmentRegistry(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<DepartmentView> all(DepartmentStatus status) {
        Query query = status == null ? new Query() : Query.query(Criteria.where("status").is(status));
        return mongo.find(query.with(Sort.by("_id")), DepartmentView.class);
    }

    public Optional<DepartmentView> find(String code) {
        return Optional.ofNullable(mongo.findById(code, DepartmentView.class));
    }

    public boolean isActive(String code) {
        return find(code).map(d -> d.status() == DepartmentStatus.ACTIVE).orElse(false);
    }
}
