package org.fyptracker.contracts.plans;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fyptracker.contracts.Provenance;

/** Put an imported plan outline into the catalog (once: the same text again changes nothing). */
public record ImportPlan(@TargetAggregateIdentifier String planCode, String sourceSha256, Plan plan, Provenance provenance) {
}
