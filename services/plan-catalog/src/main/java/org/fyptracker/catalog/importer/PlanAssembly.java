package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.HistoricalIndicator;
import org.fyptracker.contracts.plans.ImportWarning;
import org.fyptracker.contracts.plans.Indicator;
import org.fyptracker.contracts.plans.Plan;

/**
 * Collects what the walker finds in reading order and checks the plan's own numbering as it goes
 * (a chapter that does not follow the previous one is reported, not renumbered).
 */
final class PlanAssembly {

    private final String planCode;
    private final List<ImportWarning> warnings;
    private final List<PartDraft> parts = new ArrayList<>();
    private final List<ChapterDraft> chapters = new ArrayList<>();
    private final List<BoxDraft> boxes = new ArrayList<>();
    final List<String> preface = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    final List<String> indicatorNotes = new ArrayList<>();
    final List<HistoricalIndicator> history = new ArrayList<>();
    final List<String> historyNotes = new ArrayList<>();
    private boolean inPreface;
    int bodyParagraphs;
    int figures;

    PlanAssembly(String planCode, List<ImportWarning> warnings) {
        this.planCode = planCode;
        this.warnings = warnings;
    }

    void startPreface() {
        inPreface = true;
    }

    void startPart(Heading heading, int line) {
        expectNext("part", parts.isEmpty() ? 0 : last(parts).number, heading.number(), line);
        parts.add(new PartDraft(heading.number(), heading.title()));
        inPreface = false;
    }

    void startChapter(Heading heading, int line) {
        expectNext("chapter", chapters.isEmpty() ? 0 : last(chapters).number, heading.number(), line);
        Integer part = parts.isEmpty() ? null : last(parts).number;
        chapters.add(new ChapterDraft(heading.number(), heading.title(), part));
        inPreface = false;
    }

    void startSection(Heading heading, int line) {
        ChapterDraft chapter = currentChapter();
        if (chapter == null) {
            warnings.add(new ImportWarning(line, "section outside any chapter: 第" + heading.number() + "节 " + heading.title()));
            return;
        }
        SectionDraft previous = chapter.currentSection();
        expectNext("section of chapter " + chapter.number, previous == null ? 0 : previous.number, heading.number(), line);
        chapter.sections.add(new SectionDraft(heading.number(), heading.title()));
    }

    BoxDraft startBox(Heading box, int line) {
        expectNext("box", boxes.isEmpty() ? 0 : last(boxes).number, box.number(), line);
        ChapterDraft chapter = currentChapter();
        if (chapter == null) {
            warnings.add(new ImportWarning(line, "box outside any chapter: 专栏" + box.number()));
        }
        BoxDraft draft = new BoxDraft(box.number(), box.title(), chapter == null ? 0 : chapter.number, line);
        boxes.add(draft);
        return draft;
    }

    void addSubheading(String text, int line) {
        SectionDraft section = currentChapter() == null ? null : currentChapter().currentSection();
        if (section != null) {
            section.subheadings.add(text);
        } else {
            addBody(text, line);
        }
    }

    /** Ordinary prose: it belongs to the innermost open container; text before any heading is reported. */
    void addBody(String paragraph, int line) {
        bodyParagraphs++;
        ChapterDraft chapter = currentChapter();
        boolean chapterOfCurrentPart = chapter != null
                && (parts.isEmpty() || Integer.valueOf(last(parts).number).equals(chapter.partNumber));
        if (inPreface) {
            preface.add(paragraph);
        } else if (chapterOfCurrentPart && chapter.currentSection() != null) {
            chapter.currentSection().body.add(paragraph);
        } else if (chapterOfCurrentPart) {
            chapter.body.add(paragraph);
        } else if (!parts.isEmpty()) {
            last(parts).body.add(paragraph);
        } else {
            bodyParagraphs--;
            warnings.add(new ImportWarning(line, "text before the first heading: " + abbreviate(paragraph)));
        }
    }

    Plan build(String parentCode, FrontMatter front) {
        List<Box> builtBoxes = boxes.stream().map(b -> b.build(planCode)).toList();
        for (BoxDraft box : boxes) {
            if (box.items.isEmpty()) {
                warnings.add(new ImportWarning(box.lineNumber, "box " + box.number + " has no items"));
            }
        }
        return IndicatorMentions.place(new Plan(planCode, parentCode, front.title(), front.approvedNote(), preface,
                parts.stream().map(p -> p.build(planCode)).toList(),
                chapters.stream().map(c -> c.build(planCode)).toList(),
                builtBoxes, indicators, indicatorNotes, history, historyNotes, warnings));
    }

    int sectionCount() {
        return chapters.stream().mapToInt(c -> c.sections.size()).sum();
    }

    int partCount() {
        return parts.size();
    }

    int chapterCount() {
        return chapters.size();
    }

    private ChapterDraft currentChapter() {
        return chapters.isEmpty() ? null : last(chapters);
    }

    private void expectNext(String what, int previous, int number, int line) {
        if (number != previous + 1) {
            warnings.add(new ImportWarning(line, what + " " + number + " follows " + previous));
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
