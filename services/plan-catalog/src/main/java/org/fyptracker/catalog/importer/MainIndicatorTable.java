package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.ImportWarning;
import org.fyptracker.contracts.plans.Indicator;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.PlanCodes;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * Turns the plan's main-indicator table into indicators coded by 序号. The 类别 is carried down the
 * merged cells below it. A row with a sub-name (每千人口拥有医护人员数 | 执业医师数) opens a split row;
 * the following rows without 序号 but with a sub-name are its further sub-rows.
 */
final class MainIndicatorTable {

    private final String planCode;
    private final List<ImportWarning> warnings;

    MainIndicatorTable(String planCode, List<ImportWarning> warnings) {
        this.planCode = planCode;
        this.warnings = warnings;
    }

    /** The indicators and the number of table rows they came from. */
    List<Indicator> read(TableBlock table) {
        RowAligner aligner = new RowAligner(table.columns(), warnings);
        boolean preliminary = table.notesSayPreliminary();
        List<Indicator> indicators = new ArrayList<>();
        String category = "";
        Indicator previous = null;
        for (RawRow raw : table.rows()) {
            AlignedRow row = aligner.align(raw);
            if (!row.get(ColumnRole.CATEGORY).isEmpty()) {
                category = row.get(ColumnRole.CATEGORY);
            }
            Integer number = rowNumber(row);
            String subName = row.get(ColumnRole.SUB_NAME);
            Indicator indicator;
            if (number != null) {
                indicator = subName.isEmpty()
                        ? indicator(row, number, null, category, row.get(ColumnRole.NAME), null, preliminary)
                        : indicator(row, number, 1, category, subName, row.get(ColumnRole.NAME), preliminary);
            } else if (previous != null && !subName.isEmpty() && previous.subNumber() != null) {
                indicator = indicator(row, previous.number(), previous.subNumber() + 1, category, subName,
                        previous.parentName(), preliminary);
            } else {
                warnings.add(new ImportWarning(row.lineNumber(), "indicator row without 序号: "
                        + String.join(" | ", raw.cells)));
                continue;
            }
            indicators.add(indicator);
            previous = indicator;
        }
        return indicators;
    }

    private Indicator indicator(AlignedRow row, int number, Integer subNumber, String category, String name,
                                String parentName, boolean preliminary) {
        String code = PlanCodes.indicator(planCode, number);
        if (subNumber != null) {
            code = PlanCodes.subIndicator(code, subNumber);
        }
        String unit = row.get(ColumnRole.UNIT);
        String target = row.get(ColumnRole.TARGET);
        String growth = row.get(ColumnRole.GROWTH);
        IndicatorAttribute attribute = IndicatorAttribute.fromCell(row.get(ColumnRole.ATTRIBUTE));
        if (attribute == null) {
            warnings.add(new ImportWarning(row.lineNumber(), "indicator " + code + " has no 属性"));
        }
        TypedTarget typed = IndicatorTargetRule.choose(name, unit, target, growth);
        if (typed instanceof TypedTarget.Qualitative q && (q.text().isEmpty() || NumberText.hasDigit(q.text()))) {
            warnings.add(new ImportWarning(row.lineNumber(), "indicator " + code + " target not understood: '"
                    + target + "' / '" + growth + "'"));
        }
        return new Indicator(code, number, subNumber, category, name, parentName, unit,
                BaselineReader.read(row.get(ColumnRole.BASELINE), preliminary), target, growth, attribute, typed,
                row.lineNumber(), null);
    }

    private static Integer rowNumber(AlignedRow row) {
        String cell = row.get(ColumnRole.NUMBER);
        return cell.matches("\\d{1,3}") ? Integer.valueOf(cell) : null;
    }
}
