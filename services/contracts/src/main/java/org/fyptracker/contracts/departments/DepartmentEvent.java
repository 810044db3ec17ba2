package org.fyptracker.contracts.departments;

import org.fyptracker.contracts.DomainEvent;

/**
 * Every event of the departments context: the department registry and the machine clients that act for
 * departments. The permitted list is the full set of its event types (each is a CloudEvent type).
 */
public sealed interface DepartmentEvent extends DomainEvent
        permits DepartmentRegistered, DepartmentRenamed, DepartmentsMerged, DepartmentDissolved,
        ClientRegistered, ClientSecretRotated, ClientRevoked {

    /** The department the event concerns: the department itself, or the one a client acts for. */
    String department();

    /** Departments and clients belong to no plan. */
    @Override
    default String planCode() {
        return null;
    }
}
