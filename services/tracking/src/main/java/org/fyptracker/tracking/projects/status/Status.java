package org.fyptracker.tracking.projects.status;

/**
 * A status and the rule that made it so, in words a supervisor can check against the record.
 *
 * @param status      NOT_STARTED, ON_TRACK, AT_RISK, DELAYED, OVERDUE, ACHIEVED, DROPPED for milestones;
 *                    also SUSPENDED, COMPLETED, CANCELLED for projects
 * @param rule        the rule's name (docs/projects.md lists them)
 * @param explanation the numbers behind it
 */
public record Status(String status, String rule, String explanation) {
}
