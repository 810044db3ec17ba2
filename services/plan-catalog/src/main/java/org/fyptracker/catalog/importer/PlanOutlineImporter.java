package org.fyptracker.catalog.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.ImportWarning;
import org.fyptracker.contracts.plans.Plan;

/**
 * Imports a five-year plan outline (规划纲要) converted to plain text, such as the Fuzhou city and Gulou
 * district outlines, into a {@link Plan}. Nothing here is specific to those two documents: the contents
 * is located by its page numbers and skipped, structure is counted from the body's own headings, and
 * anything that cannot be placed is returned as a warning rather than dropped.
 */
public final class PlanOutlineImporter {

    private PlanOutlineImporter() {
    }

    public static ImportResult importPlan(String planCode, String parentCode, Reader text) {
        StringWriter out = new StringWriter();
        try {
            text.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outline of " + planCode, e);
        }
        return importPlan(planCode, parentCode, out.toString());
    }

    public static ImportResult importPlan(String planCode, String parentCode, String text) {
        List<SourceLine> lines = SourceLine.split(text);
        List<ImportWarning> warnings = new ArrayList<>();
        TableOfContents contents = TableOfContents.locate(lines);
        int bodyStart = contents.present() ? contents.end() : firstBodyLine(lines);
        FrontMatter front = FrontMatter.read(lines.subList(0, contents.present() ? contents.start() : bodyStart));

        PlanAssembly assembly = new PlanAssembly(planCode, warnings);
        OutlineWalker walker = new OutlineWalker(planCode, lines, contents, assembly, warnings);
        walker.walk(bodyStart);
        if (front.title() == null) {
            warnings.add(new ImportWarning(1, "no plan title (…规划纲要) before the contents"));
        }
        Plan plan = assembly.build(parentCode, front);
        ImportCounts counts = new ImportCounts(front.lineCount(), contents.lineCount(lines), assembly.partCount(),
                assembly.chapterCount(), assembly.sectionCount(), walker.subheadings, plan.boxes().size(),
                plan.boxes().stream().mapToInt(b -> b.items().size()).sum(),
                plan.boxes().stream().mapToInt(b -> b.glossary().size()).sum(),
                walker.indicatorRows, plan.indicators().size(), plan.history().size(), walker.tableNotes,
                assembly.figures, assembly.bodyParagraphs, warnings.size());
        return new ImportResult(plan, warnings, counts);
    }

    /** Without a contents the body starts at the preface or the first heading. */
    private static int firstBodyLine(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            LineKind kind = LineClassifier.classify(lines.get(i));
            if (kind == LineKind.PREFACE || kind.isHeading()) {
                return i;
            }
        }
        return lines.size();
    }
}
