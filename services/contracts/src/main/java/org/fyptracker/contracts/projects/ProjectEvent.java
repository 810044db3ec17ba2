package org.fyptracker.contracts.projects;

import org.fyptracker.contracts.DomainEvent;

/** Every event of a key project; the permitted list is the full set of project event types. */
public sealed interface ProjectEvent extends DomainEvent
        permits KeyProjectRegistered, KeyProjectAmended, LeadDepartmentReassigned,
        MilestonePlanned, MilestoneStarted, MilestoneProgressReported, MilestoneAchieved, MilestoneRescheduled,
        MilestoneDropped, MilestoneOverdue, RiskRaised, RiskResolved,
        KeyProjectSuspended, KeyProjectResumed, KeyProjectCompleted, KeyProjectCancelled {

    String projectId();

    @Override
    default String aggregateId() {
        return projectId();
    }
}
