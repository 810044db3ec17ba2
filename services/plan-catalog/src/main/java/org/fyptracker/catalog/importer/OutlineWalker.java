package org.fyptracker.catalog.importer;

import java.util.List;
import org.fyptracker.contracts.plans.ImportWarning;
import org.fyptracker.contracts.plans.Indicator;

/**
 * Walks the body of an outline line by line and hands each thing it recognises to the assembly.
 * A feature box stays open until the next heading, box, table or figure: its paragraphs are its items,
 * "1. …" lines group them, 名词解释 and ◇ lines are its glossary. Lines that fit nowhere are reported.
 */
final class OutlineWalker {

    private final List<SourceLine> lines;
    private final TableOfContents contents;
    private final PlanAssembly plan;
    private final List<ImportWarning> warnings;
    private final MainIndicatorTable mainTable;
    private final CompletionTable completionTable;
    private BoxDraft box;
    int subheadings;
    int indicatorRows;
    int tableNotes;

    OutlineWalker(String planCode, List<SourceLine> lines, TableOfContents contents, PlanAssembly plan,
                  List<ImportWarning> warnings) {
        this.lines = lines;
        this.contents = contents;
        this.plan = plan;
        this.warnings = warnings;
        this.mainTable = new MainIndicatorTable(planCode, warnings);
        this.completionTable = new CompletionTable(planCode, warnings);
    }

    void walk(int from) {
        int i = from;
        while (i < lines.size()) {
            i = step(i);
        }
    }

    private int step(int i) {
        SourceLine line = lines.get(i);
        LineKind kind = LineClassifier.classify(line);
        if (kind.isStructural() && endsBox(kind)) {
            box = null;
        }
        return switch (kind) {
            case BLANK -> i + 1;
            case PREFACE -> {
                plan.startPreface();
                yield i + 1;
            }
            case PART, CHAPTER, SECTION -> heading(i);
            case BOX_TITLE -> {
                box = plan.startBox(LineClassifier.boxTitle(line), line.number());
                yield i + 1;
            }
            case TABLE_TITLE -> table(i);
            case FIGURE -> {
                plan.figures++;
                plan.addBody(line.trimmed(), line.number());
                yield i + 1;
            }
            case SUBHEADING, BOX_GROUP -> group(i, kind);
            case GLOSSARY_TITLE -> glossaryTitle(i);
            case GLOSSARY_ENTRY -> glossaryEntry(i);
            case TABLE_ROW, TABLE_RULE -> {
                warnings.add(new ImportWarning(line.number(), "table line outside a table: " + line.trimmed()));
                yield i + 1;
            }
            case NOTE_TITLE, PROSE -> prose(i);
        };
    }

    private static boolean endsBox(LineKind kind) {
        return kind.isHeading() || kind == LineKind.BOX_TITLE || kind == LineKind.TABLE_TITLE
                || kind == LineKind.FIGURE || kind == LineKind.PREFACE;
    }

    private int heading(int i) {
        HeadingReader.Read read = HeadingReader.read(lines, i, contents);
        int number = lines.get(i).number();
        switch (read.heading().kind()) {
            case PART -> plan.startPart(read.heading(), number);
            case CHAPTER -> plan.startChapter(read.heading(), number);
            default -> plan.startSection(read.heading(), number);
        }
        return read.next();
    }

    private int table(int i) {
        TableBlock table = new TableBlockReader(lines, warnings).read(i);
        tableNotes += table.notes().size();
        if (table.columns().isCompletionTable()) {
            plan.history.addAll(completionTable.read(table));
            plan.historyNotes.addAll(table.notes());
        } else {
            List<Indicator> indicators = mainTable.read(table);
            indicatorRows += (int) indicators.stream().mapToInt(Indicator::number).distinct().count();
            plan.indicators.addAll(LinkedIndicatorResolver.resolve(indicators, warnings));
            plan.indicatorNotes.addAll(table.notes());
        }
        return table.next();
    }

    /** Inside a box a numbered line groups the items below it; outside it is a subheading of the section. */
    private int group(int i, LineKind kind) {
        SourceLine line = lines.get(i);
        if (box != null) {
            box.group = kind == LineKind.BOX_GROUP ? LineClassifier.boxGroup(line) : line.trimmed();
        } else if (kind == LineKind.SUBHEADING) {
            subheadings++;
            plan.addSubheading(line.trimmed(), line.number());
        } else {
            return prose(i);
        }
        return i + 1;
    }

    private int glossaryTitle(int i) {
        if (box == null) {
            return prose(i);
        }
        box.inGlossary = true;
        return i + 1;
    }

    private int glossaryEntry(int i) {
        if (box == null) {
            return prose(i);
        }
        Paragraph paragraph = Paragraph.read(lines, i);
        box.glossary.add(BoxItemReader.glossaryTerm(paragraph.text()));
        return paragraph.next();
    }

    private int prose(int i) {
        Paragraph paragraph = Paragraph.read(lines, i);
        if (box != null && box.inGlossary) {
            box.glossary.add(BoxItemReader.glossaryTerm(paragraph.text()));
        } else if (box != null) {
            box.addItem(paragraph.text());
        } else {
            plan.addBody(paragraph.text(), paragraph.lineNumber());
        }
        return paragraph.next();
    }
}
