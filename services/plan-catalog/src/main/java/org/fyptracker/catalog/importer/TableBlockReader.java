package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fyptracker.contracts.plans.ImportWarning;

/**
 * Reads an indicator table starting at its title line. Rows are tab-separated. It copes with what
 * conversion does to tables: blank lines from page breaks between rows, a header repeated after a page
 * break, a row broken inside a cell (the row has no 属性 yet: the next line finishes it), a wrapped cell
 * on a line of its own (no 序号, no 属性: its cells continue the cells above), a ruler line, and
 * the 注/备注 block that closes the table.
 */
final class TableBlockReader {

    private static final Pattern NOTE_ITEM =
            Pattern.compile("^(\\d{1,2}[.．、]|-\\s*[(（]?\\d{1,2}[)）]?|[(（]\\d{1,2}[)）]|\\*).*");
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final int LONGEST_WRAPPED_CELL = 30;

    private final List<SourceLine> lines;
    private final List<ImportWarning> warnings;

    TableBlockReader(List<SourceLine> lines, List<ImportWarning> warnings) {
        this.lines = lines;
        this.warnings = warnings;
    }

    TableBlock read(int titleIndex) {
        SourceLine title = lines.get(titleIndex);
        List<List<String>> header = new ArrayList<>();
        List<RawRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        TableColumns columns = null;
        int i = titleIndex + 1;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            LineKind kind = LineClassifier.classify(line);
            if (kind == LineKind.BLANK || kind == LineKind.TABLE_RULE) {
                i++;
                continue;
            }
            if (kind == LineKind.NOTE_TITLE) {
                i = readNotes(i, notes);
                break;
            }
            if (kind == LineKind.TABLE_ROW) {
                List<String> cells = RawRow.cellsOf(line.text());
                if (columns == null && !isDataRow(cells)) {
                    header.add(cells);
                    i++;
                    continue;
                }
                if (columns == null) {
                    columns = TableColumns.from(header);
                }
                addRow(rows, columns, header, line, cells);
                i++;
                continue;
            }
            if (kind == LineKind.PROSE && !rows.isEmpty() && isWrappedCell(line)) {
                continueLastRow(rows, columns, line);
                i++;
                continue;
            }
            break;
        }
        if (columns == null) {
            columns = TableColumns.from(header);
            warnings.add(new ImportWarning(title.number(), "table without rows: " + title.trimmed()));
        }
        return new TableBlock(title.trimmed(), title.number(), columns, rows, notes, i);
    }

    private void addRow(List<RawRow> rows, TableColumns columns, List<List<String>> header, SourceLine line,
                        List<String> cells) {
        if (header.contains(cells)) {
            return;
        }
        RawRow previous = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (previous != null && !previous.isComplete()) {
            previous.continueBrokenCell(cells);
        } else if (previous != null && isWrappedLine(cells, columns)) {
            previous.continueCells(cells);
        } else {
            rows.add(new RawRow(line.number(), cells));
        }
    }

    /** A line of a wrapped row: no 序号 of its own and no 属性, so it cannot be a row or a sub-row. */
    private static boolean isWrappedLine(List<String> cells, TableColumns columns) {
        int number = columns.indexOf(ColumnRole.NUMBER);
        boolean numbered = number >= 0 && number < cells.size() && ROW_NUMBER.matcher(cells.get(number)).matches();
        return !numbered && !RawRow.hasAttribute(cells);
    }

    private void continueLastRow(List<RawRow> rows, TableColumns columns, SourceLine line) {
        RawRow last = rows.get(rows.size() - 1);
        if (!last.isComplete()) {
            last.continueBrokenCell(List.of(line.trimmed()));
        } else {
            last.continueCell(Math.max(0, columns.indexOf(ColumnRole.NAME)), line.trimmed());
        }
    }

    private static boolean isWrappedCell(SourceLine line) {
        String text = line.trimmed();
        return text.length() <= LONGEST_WRAPPED_CELL && !text.contains("。");
    }

    private static boolean isDataRow(List<String> cells) {
        return RawRow.hasAttribute(cells) || cells.stream().anyMatch(c -> ROW_NUMBER.matcher(c).matches());
    }

    /** The 注：/备注： line (its own text counts when it has some) and the numbered lines under it. */
    private int readNotes(int noteTitle, List<String> notes) {
        String first = lines.get(noteTitle).trimmed().replaceFirst("^(注|备注)[：:]", "").strip();
        if (!first.isEmpty()) {
            notes.add(first);
        }
        int i = noteTitle + 1;
        int after = i;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            if (LineClassifier.classify(line) != LineKind.PROSE && LineClassifier.classify(line) != LineKind.BOX_GROUP
                    || !NOTE_ITEM.matcher(line.trimmed()).matches()) {
                break;
            }
            notes.add(line.trimmed());
            i++;
            after = i;
        }
        return after;
    }
}
