package org.fyptracker.tracking.indicators.evaluation;

/** Where an indicator stands in a year, in words supervisors read. */
public enum IndicatorStatus {
    /** No figure for the year (or for the indicator it is linked to). */
    NO_DATA,
    /** The year's figure already meets the 2030 target. */
    ACHIEVED,
    /** At or ahead of where the target needs it to be this year. */
    ON_TRACK,
    /** Short of this year's expected value, but with at least half of the expected progress made. */
    BEHIND,
    /** Less than half of the expected progress, or going the wrong way. */
    OFF_TRACK,
    /** "完成省(市)下达指标" and the higher level has not assigned the number yet. */
    PENDING_ASSIGNMENT,
    /** A target in words: reported, never scored. */
    NOT_SCORED
}
