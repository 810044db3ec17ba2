package org.fyptracker.catalog.importer;

import java.util.EnumMap;
import java.util.Map;

/** A table row with each cell assigned to its column role. */
record AlignedRow(int lineNumber, Map<ColumnRole, String> cells) {

    AlignedRow {
        cells = new EnumMap<>(cells);
    }

    /** The cell's text, "" when the row has none there. */
    String get(ColumnRole role) {
        return cells.getOrDefault(role, "");
    }
}
