package org.fyptracker.contracts.departments;

import java.util.List;
import org.fyptracker.contracts.Provenance;

/** Merge {@code merged} into {@code successor}: one decision, one {@link DepartmentsMerged} per merged department. */
public record MergeDepartments(
        String successor,
        List<String> merged,
        String reason,
        Provenance provenance) {

    public MergeDepartments {
        merged = merged == null ? List.of() : List.copyOf(merged);
    }
}
