package org.fyptracker.contracts;

import java.time.Instant;

/**
 * Who caused an event, when it was recorded, and under which request: every event carries one, so the
 * record of a five-year plan can always say who said what.
 *
 * @param department     code of the department the caller acts for
 * @param client         id of the machine client (or user) that sent the request
 * @param recordedAt     when the system recorded it (wall clock, not business date)
 * @param idempotencyKey the request's Idempotency-Key, null when the caller sent none
 */
public record Provenance(String department, String client, Instant recordedAt, String idempotencyKey) {

    /** For changes the system makes itself (seeding, deadlines). */
    public static Provenance system(Instant recordedAt, String reason) {
        return new Provenance("system", reason, recordedAt, null);
    }
}
