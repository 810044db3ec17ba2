package org.fyptracker.departments.registry;

import java.time.Instant;
import org.fyptracker.contracts.departments.DepartmentKind;
import org.fyptracker.departments.department.DepartmentStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A department as the registry shows it; {@code successor} is set once it is merged. */
@Document("departments")
public record DepartmentView(
        @Id String code,
        String name,
        DepartmentKind kind,
        String parent,
        DepartmentStatus status,
        String successor,
        Instant registeredAt,
        Instant changedAt) {
}
