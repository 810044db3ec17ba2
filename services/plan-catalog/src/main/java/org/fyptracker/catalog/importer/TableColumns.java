package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The column roles of an indicator table from its one or two header rows. A group header that spans
 * columns (规划目标 over 2025年 | 年均增长) is written once and followed by empty cells; it is carried to
 * the right while the row below has a label there.
 */
record TableColumns(List<ColumnRole> roles) {

    static TableColumns from(List<List<String>> headerRows) {
        if (headerRows.isEmpty()) {
            return new TableColumns(List.of());
        }
        List<String> top = headerRows.get(0);
        List<String> below = headerRows.size() > 1 ? headerRows.get(1) : List.of();
        int width = Math.max(top.size(), below.size());
        List<ColumnRole> roles = new ArrayList<>();
        String group = "";
        for (int i = 0; i < width; i++) {
            String topCell = cell(top, i);
            String belowCell = cell(below, i);
            if (belowCell.isBlank()) {
                roles.add(ColumnRole.of("", topCell));
                group = "";
                continue;
            }
            if (!topCell.isBlank()) {
                group = topCell;
            }
            roles.add(ColumnRole.of(group, belowCell));
        }
        while (!roles.isEmpty() && roles.get(roles.size() - 1) == ColumnRole.UNKNOWN) {
            roles.remove(roles.size() - 1);
        }
        return new TableColumns(List.copyOf(roles));
    }

    int width() {
        return roles.size();
    }

    int indexOf(ColumnRole role) {
        return roles.indexOf(role);
    }

    boolean has(ColumnRole role) {
        return roles.contains(role);
    }

    /** A completion table (planned vs achieved) rather than the plan's own indicator table. */
    boolean isCompletionTable() {
        return has(ColumnRole.ACTUAL);
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() ? row.get(i).strip() : "";
    }
}
