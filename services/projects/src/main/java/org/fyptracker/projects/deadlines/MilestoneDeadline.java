package org.fyptracker.projects.deadlines;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A milestone the overdue scan watches: open until achieved or dropped, and when its project is active.
 * {@code overdueFor} is the planned date already reported overdue (the aggregate decides; this only saves work).
 */
/** Indexed for the overdue scan (open, due before today) and for closing a project's milestones. */
@Document("milestone_deadlines")
@CompoundIndex(name = "open_plannedDate", def = "{'open': 1, 'plannedDate': 1}")
public record MilestoneDeadline(@Id String id, @Indexed String projectId, String milestoneId, LocalDate plannedDate,
                                boolean open, LocalDate overdueFor) {

    static String idOf(String projectId, String milestoneId) {
        return projectId + "|" + milestoneId;
    }
}
