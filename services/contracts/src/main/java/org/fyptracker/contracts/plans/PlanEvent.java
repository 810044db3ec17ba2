package org.fyptracker.contracts.plans;

import org.fyptracker.contracts.DomainEvent;

/** Every event of a plan outline in the catalog; the aggregate id is the plan code. */
public sealed interface PlanEvent extends DomainEvent permits PlanImported {

    @Override
    default String aggregateId() {
        return planCode();
    }
}
