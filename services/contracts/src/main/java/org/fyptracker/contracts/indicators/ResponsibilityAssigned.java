package org.fyptracker.contracts.indicators;

import java.util.List;
import org.fyptracker.contracts.Provenance;

/** The departments responsible for an indicator (the only ones, besides an admin, that may report it) changed. */
public record ResponsibilityAssigned(
        String indicatorCode,
        List<String> departments,
        String reason,
        String planCode,
        Provenance provenance) implements IndicatorEvent {

    public ResponsibilityAssigned {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
