package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fyptracker.contracts.plans.ImportWarning;
import org.fyptracker.contracts.plans.IndicatorAttribute;

/**
 * Assigns a row's cells to the table's columns:
 * <ul>
 *   <li>as many cells as columns: one to one;</li>
 *   <li>one cell more: a split row, whose extra cell after the name is the sub-row's name;</li>
 *   <li>fewer cells ending with the 属性: merged value cells. The leading columns (序号, 类别, 名称, 单位)
 *       and the 属性 stay in place; the remaining value cells go to the value columns, those that are
 *       not growth columns first (a merged 规划目标 | 年均增长 cell holds the target);</li>
 *   <li>otherwise left to right, and a warning when cells are left over.</li>
 * </ul>
 */
final class RowAligner {

    private final TableColumns columns;
    private final List<ImportWarning> warnings;

    RowAligner(TableColumns columns, List<ImportWarning> warnings) {
        this.columns = columns;
        this.warnings = warnings;
    }

    AlignedRow align(RawRow row) {
        List<String> cells = row.cells;
        List<ColumnRole> roles = columns.roles();
        Map<ColumnRole, String> aligned = new EnumMap<>(ColumnRole.class);
        if (cells.size() == roles.size() + 1 && columns.has(ColumnRole.NAME)) {
            int name = columns.indexOf(ColumnRole.NAME);
            List<String> rest = new ArrayList<>(cells);
            aligned.put(ColumnRole.SUB_NAME, rest.remove(name + 1));
            oneToOne(rest, roles, aligned);
        } else if (cells.size() < roles.size() && endsWithAttribute(cells)) {
            merged(cells, roles, aligned);
        } else {
            oneToOne(cells, roles, aligned);
            if (cells.size() > roles.size()) {
                warnings.add(new ImportWarning(row.lineNumber, "row has more cells than the table has columns: "
                        + String.join(" | ", cells.subList(roles.size(), cells.size()))));
            }
        }
        return new AlignedRow(row.lineNumber, aligned);
    }

    private static void oneToOne(List<String> cells, List<ColumnRole> roles, Map<ColumnRole, String> aligned) {
        for (int i = 0; i < Math.min(cells.size(), roles.size()); i++) {
            aligned.put(roles.get(i), cells.get(i));
        }
    }

    private static void merged(List<String> cells, List<ColumnRole> roles, Map<ColumnRole, String> aligned) {
        int lead = 0;
        while (lead < roles.size() && !roles.get(lead).isValue() && roles.get(lead) != ColumnRole.ATTRIBUTE) {
            lead++;
        }
        oneToOne(cells.subList(0, Math.min(lead, cells.size())), roles.subList(0, lead), aligned);
        aligned.put(ColumnRole.ATTRIBUTE, cells.get(cells.size() - 1));
        List<String> values = cells.subList(Math.min(lead, cells.size() - 1), cells.size() - 1);
        List<ColumnRole> valueRoles = new ArrayList<>(roles.stream().filter(ColumnRole::isValue).toList());
        List<ColumnRole> preferred = new ArrayList<>(valueRoles.stream().filter(r -> !r.isGrowth()).toList());
        List<ColumnRole> order = values.size() <= preferred.size() ? preferred : valueRoles;
        for (int i = 0; i < Math.min(values.size(), order.size()); i++) {
            aligned.put(order.get(i), values.get(i));
        }
    }

    private static boolean endsWithAttribute(List<String> cells) {
        return !cells.isEmpty() && IndicatorAttribute.fromCell(cells.get(cells.size() - 1)) != null;
    }
}
