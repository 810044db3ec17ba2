package org.fyptracker.tracking.attention;

import java.util.List;

/**
 * One thing a supervisor should look at now.
 *
 * @param kind        OVERDUE_MILESTONE, NO_RECENT_REPORT, HIGH_RISK_OPEN, NO_LEAD_DEPARTMENT (projects);
 *                    BINDING_INDICATOR_OFF_TRACK, UNASSIGNED_INDICATOR (indicators)
 * @param subjectType PROJECT or INDICATOR
 * @param subjectId   the project id, or the indicator code
 * @param planRef     the project's plan reference, or the indicator code
 * @param department  the lead department (projects), or the first responsible one (indicators)
 * @param departments every department concerned: the lead (projects), the responsible ones (indicators)
 * @param detail      what and since when, with the numbers
 * @param days        how long it has been so (overdue days, days silent, days the risk is open); 0 for indicators
 */
public record AttentionItem(String kind, String subjectType, String subjectId, String subjectName, String planRef,
                            String department, List<String> departments, String detail, long days) {
}
