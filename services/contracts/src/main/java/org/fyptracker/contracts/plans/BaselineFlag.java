package org.fyptracker.contracts.plans;

/** What the table says about a baseline value. */
public enum BaselineFlag {
    /** 错年值, marked * or [*]: the 2025 column holds the previous year's data. */
    LAGGED_YEAR,
    /** "-" / "—": no base data. */
    MISSING,
    /** Empty cell: the table note says blanks are still to be compiled (空缺的待统计). */
    PENDING,
    /** The table note says the 2025 figures are 快报数 / 估算数; final statistics will revise them. */
    PRELIMINARY,
    /** Words rather than a number. */
    TEXT
}
