package org.fyptracker.catalog.importer;

import java.util.Optional;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * Chooses an indicator's one typed target from its 2030-target and 年均增长 [累计] cells:
 * <ol>
 *   <li>the target cell when it states something: it is what 2030 is measured against (the growth cell
 *       stays available raw);</li>
 *   <li>except a row named "…增长" in % whose target cell is a bare number and whose growth column is
 *       empty: the district table puts the yearly growth rate in the target column, so it is AnnualGrowth,
 *       the same as the city table's growth column;</li>
 *   <li>otherwise the growth cell;</li>
 *   <li>with neither, Qualitative with the empty text (the caller reports it).</li>
 * </ol>
 */
final class IndicatorTargetRule {

    private IndicatorTargetRule() {
    }

    static TypedTarget choose(String name, String unit, String targetCell, String growthCell) {
        Optional<TypedTarget> target = TargetParser.target(targetCell, unit);
        if (target.isPresent()) {
            return asGrowthWhenNamedSo(target.get(), name, unit, growthCell);
        }
        return TargetParser.growth(growthCell).orElseGet(() -> new TypedTarget.Qualitative(""));
    }

    private static TypedTarget asGrowthWhenNamedSo(TypedTarget target, String name, String unit, String growthCell) {
        boolean growthRow = NumberText.compact(name).endsWith("增长") && "%".equals(NumberText.compact(unit))
                && TargetParser.isEmpty(growthCell);
        if (!growthRow) {
            return target;
        }
        if (target instanceof TypedTarget.Absolute a) {
            return new TypedTarget.AnnualGrowth(a.value(), Qualifier.EXACT);
        }
        if (target instanceof TypedTarget.About a) {
            return new TypedTarget.AnnualGrowth(a.value(), Qualifier.ABOUT);
        }
        if (target instanceof TypedTarget.AtLeast a) {
            return new TypedTarget.AnnualGrowth(a.value(), a.inclusive() ? Qualifier.AT_LEAST : Qualifier.MORE_THAN);
        }
        return target;
    }
}
