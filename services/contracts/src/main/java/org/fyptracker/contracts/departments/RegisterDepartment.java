package org.fyptracker.contracts.departments;

import org.fyptracker.contracts.Provenance;

/** Enter a department in the registry. Creates the department aggregate {@code code}. */
public record RegisterDepartment(
        String code,
        String name,
        DepartmentKind kind,
        String parent,
        Provenance provenance) {
}
