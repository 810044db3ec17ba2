package org.fyptracker.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The business date the services reason with (overdue milestones, evaluation years). It follows the wall
 * clock, shifted by an offset that only the demo profile may change, so tests and demos can move time.
 */
public class BusinessClock {

    /** Fuzhou's time zone decides which day it is. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock wall;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public BusinessClock(Clock wall) {
        this.wall = wall;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }

    public Instant now() {
        return wall.instant().plus(offset.get());
    }

    /** Moves the business date to {@code date}, keeping the time of day. */
    public void setToday(LocalDate date) {
        offset.set(Duration.ofDays(date.toEpochDay() - LocalDate.ofInstant(wall.instant(), ZONE).toEpochDay()));
    }
}
