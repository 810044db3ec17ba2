package org.fyptracker.tracking.attention;

/**
 * One thing a supervisor should look at now.
 *
 * @param kind    OVERDUE_MILESTONE, NO_RECENT_REPORT, HIGH_RISK_OPEN, NO_LEAD_DEPARTMENT (indicators add theirs)
 * @param subject the project (or indicator) it concerns, with its plan reference
 * @param detail  what and since when, with the numbers
 */
public record AttentionItem(String kind, String subjectId, String subjectName, String planRef, String department,
                            String detail, long days) {
}
