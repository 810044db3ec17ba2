package org.fyptracker.tracking.asof;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.platform.time.BusinessClock;
import org.springframework.stereotype.Component;

/**
 * The business date a question is asked for: {@code asOf=YYYY-MM-DD}, or today. "As of" a date means as
 * the system knew it at the end of that day in Fuzhou: every event recorded before the next midnight.
 */
@Component
public class AsOf {

    private final BusinessClock clock;

    public AsOf(BusinessClock clock) {
        this.clock = clock;
    }

    public LocalDate parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return clock.today();
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("invalid-format", "asOf", "asOf '" + asOf + "' is not a date (YYYY-MM-DD)");
        }
    }

    public Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(BusinessClock.ZONE).toInstant();
    }
}
