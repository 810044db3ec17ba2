package org.fyptracker.indicators.indicator;

import org.fyptracker.contracts.plans.TypedTarget;

/** Which typed targets state a number that observations can be measured against on their own. */
final class TargetKinds {

    private TargetKinds() {
    }

    static boolean isNumeric(TypedTarget target) {
        return target instanceof TypedTarget.Absolute || target instanceof TypedTarget.About
                || target instanceof TypedTarget.AtLeast || target instanceof TypedTarget.AtMost
                || target instanceof TypedTarget.AnnualGrowth || target instanceof TypedTarget.Cumulative;
    }
}
