package org.fyptracker.contracts.departments;

import java.util.List;
import org.fyptracker.contracts.Provenance;

/**
 * Department {@code code} was merged into {@code successor} (机构改革): what it was responsible for passes
 * to the successor, in projects and indicators, by their consuming this event. One event per merged
 * department, in that department's own stream, so each event is complete on its own: a consumer moves
 * {@code code}'s responsibilities to {@code successor} and needs nothing else.
 *
 * @param mergedTogether every department merged into the successor by the same decision (this one included)
 */
public record DepartmentsMerged(
        String code,
        String successor,
        List<String> mergedTogether,
        String reason,
        Provenance provenance) implements DepartmentEvent {

    public DepartmentsMerged {
        mergedTogether = mergedTogether == null ? List.of() : List.copyOf(mergedTogether);
    }

    @Override
    public String department() {
        return code;
    }

    @Override
    public String aggregateId() {
        return code;
    }
}
