package org.fyptracker.contracts.departments;

import org.fyptracker.contracts.Provenance;

/**
 * A department was entered in the registry.
 *
 * @param code   stable lower-case code, e.g. {@code gl-gov}; never reused
 * @param name   its official name exactly as written, e.g. 鼓楼区人民政府
 * @param parent code of the department it belongs to, or null for a top-level one
 */
public record DepartmentRegistered(
        String code,
        String name,
        DepartmentKind kind,
        String parent,
        Provenance provenance) implements DepartmentEvent {

    @Override
    public String department() {
        return code;
    }

    @Override
    public String aggregateId() {
        return code;
    }
}
