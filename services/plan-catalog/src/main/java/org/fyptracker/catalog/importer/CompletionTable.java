package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.HistoricalIndicator;
import org.fyptracker.contracts.plans.ImportWarning;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.PlanCodes;

/** Turns the previous plan's completion table (planned vs achieved) into historical indicators, cells raw. */
final class CompletionTable {

    private final String planCode;
    private final List<ImportWarning> warnings;

    CompletionTable(String planCode, List<ImportWarning> warnings) {
        this.planCode = planCode;
        this.warnings = warnings;
    }

    List<HistoricalIndicator> read(TableBlock table) {
        RowAligner aligner = new RowAligner(table.columns(), warnings);
        List<HistoricalIndicator> rows = new ArrayList<>();
        String category = "";
        for (RawRow raw : table.rows()) {
            AlignedRow row = aligner.align(raw);
            if (!row.get(ColumnRole.CATEGORY).isEmpty()) {
                category = row.get(ColumnRole.CATEGORY);
            }
            String number = row.get(ColumnRole.NUMBER);
            if (!number.matches("\\d{1,3}")) {
                warnings.add(new ImportWarning(row.lineNumber(), "completion row without 序号: "
                        + String.join(" | ", raw.cells)));
                continue;
            }
            int n = Integer.parseInt(number);
            rows.add(new HistoricalIndicator(PlanCodes.historicalIndicator(planCode, n), n, category,
                    row.get(ColumnRole.NAME), row.get(ColumnRole.UNIT), row.get(ColumnRole.PLANNED),
                    row.get(ColumnRole.PLANNED_GROWTH), row.get(ColumnRole.ACTUAL), row.get(ColumnRole.ACTUAL_GROWTH),
                    IndicatorAttribute.fromCell(row.get(ColumnRole.ATTRIBUTE)), row.lineNumber()));
        }
        return rows;
    }
}
