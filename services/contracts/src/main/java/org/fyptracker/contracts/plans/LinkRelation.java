package org.fyptracker.contracts.plans;

/** How a linked target relates to the indicator it names. */
public enum LinkRelation {
    /** 与…同步: grows in step with the other indicator. */
    SAME_AS,
    /** 高于…N个百分点: above the other indicator by N percentage points. */
    ABOVE_BY,
    /** 不超过…: not exceeding the other indicator. */
    NOT_EXCEEDING
}
