package org.fyptracker.contracts.plans;

import org.fyptracker.contracts.Provenance;

/**
 * A plan outline was imported into the catalog, whole: its parts, chapters, sections, boxes with their
 * items, and indicators with typed targets. Other contexts seed themselves from it (key projects from
 * programme box items, indicators from the indicator table, departments the plan names).
 *
 * @param sourceSha256 hash of the outline text it was read from, so a re-import of the same text is
 *                     recognised
 */
public record PlanImported(String planCode, String sourceSha256, Plan plan, Provenance provenance)
        implements PlanEvent {
}
