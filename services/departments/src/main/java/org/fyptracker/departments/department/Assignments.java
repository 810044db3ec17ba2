package org.fyptracker.departments.department;

import java.util.List;

/**
 * What is still assigned to a department: open key projects it leads or co-operates on, indicators it
 * reports, and its machine clients that are not revoked. A department is dissolved only when all are empty.
 */
public record Assignments(
        String department,
        Assigned projectsLed,
        Assigned projectsCoOperated,
        Assigned indicatorsResponsible,
        Assigned activeClients) {

    /** One kind of assignment: how many, and which (project ids, indicator codes, client ids). */
    public record Assigned(int count, List<String> ids) {

        public Assigned(List<String> ids) {
            this(ids.size(), List.copyOf(ids));
        }
    }

    public static Assignments none(String department) {
        return new Assignments(department, new Assigned(List.of()), new Assigned(List.of()), new Assigned(List.of()),
                new Assigned(List.of()));
    }

    public int total() {
        return projectsLed.count() + projectsCoOperated.count() + indicatorsResponsible.count() + activeClients.count();
    }
}
