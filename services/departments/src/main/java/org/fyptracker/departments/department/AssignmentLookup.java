package org.fyptracker.departments.department;

/**
 * Finds what is assigned to a department. Projects and indicators own those assignments; this service
 * knows them from their events, so the answer is as current as that projection (docs/security.md).
 */
@FunctionalInterface
public interface AssignmentLookup {

    Assignments of(String department);
}
