package org.fyptracker.indicators.seeding;

import java.util.List;
import java.util.Map;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.indicators.DefineIndicator;
import org.fyptracker.contracts.plans.Indicator;
import org.fyptracker.contracts.plans.Plan;

/**
 * Every row (and sub-row) of a plan's main-indicator table becomes an indicator, with its baseline and
 * typed target as the catalog read them. The city plan's table names no responsible department, so a
 * city indicator starts with none (on the supervisors' attention list until an admin assigns one); a
 * district plan's indicators are the district government's. Nothing is invented.
 */
final class SeededIndicators {

    /** The district governments whose plans are in the catalog, by plan code. */
    static final Map<String, String> DISTRICT_GOVERNMENTS = Map.of("GL-15", "gl-gov");

    private SeededIndicators() {
    }

    static List<DefineIndicator> from(Plan plan, Provenance provenance) {
        String district = DISTRICT_GOVERNMENTS.get(plan.code());
        List<String> responsible = district == null ? List.of() : List.of(district);
        return plan.indicators().stream().map(i -> define(i, responsible, provenance)).toList();
    }

    private static DefineIndicator define(Indicator i, List<String> responsible, Provenance provenance) {
        return new DefineIndicator(i.code(), i.category(), i.name(), i.parentName(), i.unit(), i.attribute(),
                i.baseline(), i.target2030(), i.growth(), i.target(), responsible, false, null, provenance);
    }
}
