package org.fyptracker.contracts.indicators;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.plans.Baseline;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * Put a row of a plan's main-indicator table under tracking (admin, or the catalog seeding). Creates the
 * indicator aggregate {@code indicatorCode}.
 *
 * @param horizonYear last year observations may be for; null means 2030
 */
public record DefineIndicator(
        @TargetAggregateIdentifier String indicatorCode,
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
        Integer horizonYear,
        Provenance provenance) {
}
