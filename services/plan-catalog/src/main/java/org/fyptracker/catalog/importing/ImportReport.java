package org.fyptracker.catalog.importing;

import java.util.List;
import org.fyptracker.catalog.importer.ImportCounts;
import org.fyptracker.contracts.plans.ImportWarning;

/**
 * What an import found and did: the counts, every warning with its line, and whether the catalog
 * changed (false for a dry run, or when the same text was imported before).
 */
public record ImportReport(String planCode, String parentCode, String title, String sourceSha256, boolean dryRun,
                           boolean created, long parseMillis, ImportCounts counts, List<ImportWarning> warnings) {
}
