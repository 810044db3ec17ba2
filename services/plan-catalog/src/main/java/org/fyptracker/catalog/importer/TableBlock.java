package org.fyptracker.catalog.importer;

import java.util.List;

/**
 * An indicator table as read from the outline: title, columns, rows (page breaks and wrapped cells
 * already undone) and the 注/备注 lines under it.
 *
 * @param next index of the first line after the table and its notes
 */
record TableBlock(String title, int titleLine, TableColumns columns, List<RawRow> rows, List<String> notes,
                  int next) {

    /** The notes say the baseline column holds 快报数 / 估算数. */
    boolean notesSayPreliminary() {
        return notes.stream().anyMatch(n -> n.contains("快报数") || n.contains("估算数"));
    }
}
