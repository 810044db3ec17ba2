package org.fyptracker.contracts.cloudevents;

/**
 * One way a published event breaks its contract (docs/integrators.md): which event, which field — a
 * record header such as {@code ce_plancode}, or a place in the data such as {@code data.percentComplete} —
 * and the rule it breaks.
 */
public record ContractViolation(String type, String eventId, String field, String rule) {

    @Override
    public String toString() {
        return type + " (id " + eventId + ") " + field + ": " + rule;
    }
}
