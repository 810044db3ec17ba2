package org.fyptracker.contracts.indicators;

import java.util.List;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.plans.Baseline;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * A row of a plan's main-indicator table was put under tracking, exactly as the plan states it.
 *
 * @param parentName  the split row's name for a sub-indicator (每千人口拥有医护人员数), otherwise null
 * @param targetText  the 2030-target cell as written
 * @param growthText  the 年均增长 [累计] cell as written
 * @param quarterly   whether observations come per quarter as well as per year
 * @param horizonYear the last year observations may be for: 2030, or 2035 where the plan says
 */
public record IndicatorDefined(
        String indicatorCode,
        String planCode,
        String category,
        String name,
        String parentName,
        String unit,
        IndicatorAttribute attribute,
        Baseline baseline,
        String targetText,
        String growthText,
        TypedTarget target,
        List<String> responsibleDepartments,
        boolean quarterly,
        int horizonYear,
        Provenance provenance) implements IndicatorEvent {

    public IndicatorDefined {
        responsibleDepartments = responsibleDepartments == null ? List.of() : List.copyOf(responsibleDepartments);
    }
}
