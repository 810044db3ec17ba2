package org.fyptracker.departments.activity;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thing a department did: an event its client caused. The event's data is not copied (it can be read
 * from the topic by {@code eventId}); this is the audit line, not the record.
 *
 * @param eventId    the CloudEvent id, so a redelivered event lands on the same entry
 * @param type       the CloudEvent type, e.g. {@code org.fyptracker.departments.ClientRegistered.v1}
 * @param subject    the aggregate it changed (department code, client id, project id, …)
 * @param sequence   the event's position within that aggregate
 * @param at         when the event was recorded
 */
@Document("department_activity")
@CompoundIndex(name = "department_at", def = "{'department': 1, 'at': 1}") // a department's activity, since a time
public record ActivityEntry(
        @Id String eventId,
        String department,
        String client,
        String type,
        String subject,
        long sequence,
        String planCode,
        Instant at) {
}
