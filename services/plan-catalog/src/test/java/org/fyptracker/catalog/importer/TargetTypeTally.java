package org.fyptracker.catalog.importer;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fyptracker.contracts.plans.Plan;

/** Counts a plan's indicators per typed-target form, for the import report. */
final class TargetTypeTally {

    private TargetTypeTally() {
    }

    static Map<String, Long> of(Plan plan) {
        return plan.indicators().stream()
                .collect(Collectors.groupingBy(i -> i.target().getClass().getSimpleName(), TreeMap::new,
                        Collectors.counting()));
    }
}
