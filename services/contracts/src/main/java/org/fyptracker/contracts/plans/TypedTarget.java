package org.fyptracker.contracts.plans;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;

/**
 * An indicator's 2030 target in a form that can be evaluated against observations. Typed from the
 * plan's target and 年均增长 [累计] cells by the importer's TargetParser.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(TypedTarget.Absolute.class), @JsonSubTypes.Type(TypedTarget.About.class),
        @JsonSubTypes.Type(TypedTarget.AtLeast.class), @JsonSubTypes.Type(TypedTarget.AtMost.class),
        @JsonSubTypes.Type(TypedTarget.AnnualGrowth.class), @JsonSubTypes.Type(TypedTarget.Cumulative.class),
        @JsonSubTypes.Type(TypedTarget.AssignedByHigherLevel.class), @JsonSubTypes.Type(TypedTarget.Linked.class),
        @JsonSubTypes.Type(TypedTarget.Qualitative.class)})
public sealed interface TypedTarget {

    /** A plain value to reach by 2030, e.g. 76 (%). */
    record Absolute(BigDecimal value, String unit) implements TypedTarget {
    }

    /** 左右. The plan states no tolerance; null until the supervisors set one. */
    record About(BigDecimal value, BigDecimal tolerance) implements TypedTarget {
    }

    /** 以上 / ≥ (inclusive) or > / 超过 (exclusive). */
    record AtLeast(BigDecimal value, boolean inclusive) implements TypedTarget {
    }

    /** 不超过 / ≤ (inclusive) or < (exclusive). */
    record AtMost(BigDecimal value, boolean inclusive) implements TypedTarget {
    }

    /** A yearly growth rate in percent, from the 年均增长 column (or a growth-named row's target). */
    record AnnualGrowth(BigDecimal percent, Qualifier qualifier) implements TypedTarget {
    }

    /** [x]: x in total over the five years. */
    record Cumulative(BigDecimal value, Qualifier qualifier) implements TypedTarget {
    }

    /** 完成省(市)下达指标: the number is assigned later by the higher level ("省" or "市"). */
    record AssignedByHigherLevel(String level, String text) implements TypedTarget {
    }

    /**
     * Defined against another indicator (与地区生产总值增长同步, 高于…1个百分点左右).
     *
     * @param linkedIndicatorCode the other indicator's code in this plan, or null when it is not in this plan
     * @param reference           the other indicator as the text names it
     * @param points              percentage points for ABOVE_BY, otherwise null
     */
    record Linked(LinkRelation relation, String linkedIndicatorCode, String reference, BigDecimal points,
                  Qualifier qualifier) implements TypedTarget {
    }

    /** Words only, no number given. */
    record Qualitative(String text) implements TypedTarget {
    }
}
