package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.IndicatorAttribute;

/** The cells of one table row as split from its line(s), before the columns are assigned. */
final class RawRow {

    final int lineNumber;
    final List<String> cells;

    RawRow(int lineNumber, List<String> cells) {
        this.lineNumber = lineNumber;
        this.cells = new ArrayList<>(cells);
    }

    static List<String> cellsOf(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t", -1)) {
            cells.add(cell.strip());
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    /** A complete row ends with its 属性 (预期性/约束性). */
    boolean isComplete() {
        return !cells.isEmpty() && IndicatorAttribute.fromCell(cells.get(cells.size() - 1)) != null;
    }

    static boolean hasAttribute(List<String> cells) {
        return cells.stream().anyMatch(c -> IndicatorAttribute.fromCell(c) != null);
    }

    /** The line broke inside a cell: the next line's first cell finishes this row's last cell. */
    void continueBrokenCell(List<String> next) {
        if (next.isEmpty()) {
            return;
        }
        if (cells.isEmpty()) {
            cells.addAll(next);
            return;
        }
        int last = cells.size() - 1;
        cells.set(last, cells.get(last) + next.get(0));
        cells.addAll(next.subList(1, next.size()));
    }

    /** A wrapped line of the same row: each non-empty cell continues the cell above it. */
    void continueCells(List<String> next) {
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).isEmpty()) {
                continue;
            }
            while (cells.size() <= i) {
                cells.add("");
            }
            cells.set(i, cells.get(i) + next.get(i));
        }
    }

    void continueCell(int index, String text) {
        while (cells.size() <= index) {
            cells.add("");
        }
        cells.set(index, cells.get(index) + text);
    }
}
