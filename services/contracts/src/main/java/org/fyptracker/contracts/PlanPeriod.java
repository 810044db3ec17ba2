package org.fyptracker.contracts;

import java.time.LocalDate;

/** The 15th plan period. Some items run to 2035 (the plan's long-range goals), so the far bound is separate. */
public final class PlanPeriod {

    public static final LocalDate START = LocalDate.of(2026, 1, 1);
    public static final LocalDate END = LocalDate.of(2030, 12, 31);
    public static final LocalDate LONG_RANGE_END = LocalDate.of(2035, 12, 31);

    private PlanPeriod() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(START) && !date.isAfter(END);
    }

    public static boolean containsLongRange(LocalDate date) {
        return !date.isBefore(START) && !date.isAfter(LONG_RANGE_END);
    }
}
