package org.fyptracker.catalog.importer;

import java.util.List;
import org.fyptracker.contracts.plans.ImportWarning;
import org.fyptracker.contracts.plans.Plan;

/** The imported plan, what the importer could not place, and what it counted. */
public record ImportResult(Plan plan, List<ImportWarning> warnings, ImportCounts counts) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
