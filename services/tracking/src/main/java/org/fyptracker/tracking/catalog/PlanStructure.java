package org.fyptracker.tracking.catalog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fyptracker.contracts.plans.Plan;

/**
 * What the tracking service keeps of an imported plan: its parts, chapters, boxes with their items and its
 * indicator rows — enough to place a project by its plan reference and to name every level of a dashboard.
 */
public record PlanStructure(String code, String parentCode, String title, List<PartRef> parts,
                            List<ChapterRef> chapters, List<BoxRef> boxes, List<IndicatorRef> indicators) {

    private static final Pattern REF = Pattern.compile("^([A-Z]{2,8}-\\d{2})(?:\\.([A-Z])(\\d{1,3}))?(?:\\.(.+))?$");

    public PlanStructure {
        parts = parts == null ? List.of() : List.copyOf(parts);
        chapters = chapters == null ? List.of() : List.copyOf(chapters);
        boxes = boxes == null ? List.of() : List.copyOf(boxes);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public record PartRef(int number, String code, String title) {
    }

    public record ChapterRef(int number, String code, String title, Integer partNumber) {
    }

    public record BoxRef(int number, String code, String title, int chapterNumber, List<ItemRef> items) {
    }

    public record ItemRef(int number, String code, String label, String kind) {
    }

    /**
     * @param mentionedIn the codes of the parts, chapters, sections and boxes whose text names the indicator, as
     *                    the plan-catalog import placed it (docs/plan-catalog.md); empty when the plan was
     *                    imported before the import placed indicators
     */
    public record IndicatorRef(String code, int number, String name, String attribute, List<String> mentionedIn) {

        public IndicatorRef {
            mentionedIn = mentionedIn == null ? List.of() : List.copyOf(mentionedIn);
        }
    }

    public static PlanStructure of(Plan plan) {
        return new PlanStructure(plan.code(), plan.parentCode(), plan.title(),
                plan.parts().stream().map(p -> new PartRef(p.number(), p.code(), p.title())).toList(),
                plan.chapters().stream().map(c -> new ChapterRef(c.number(), c.code(), c.title(), c.partNumber())).toList(),
                plan.boxes().stream().map(b -> new BoxRef(b.number(), b.code(), b.title(), b.chapterNumber(),
                        b.items().stream().map(i -> new ItemRef(i.number(), i.code(), i.label(),
                                i.kind() == null ? null : i.kind().name())).toList())).toList(),
                plan.indicators().stream().map(i -> new IndicatorRef(i.code(), i.number(), i.name(),
                        i.attribute() == null ? null : i.attribute().name(), i.mentionedIn())).toList());
    }

    public boolean hasParts() {
        return !parts.isEmpty();
    }

    public Optional<PartRef> part(int number) {
        return parts.stream().filter(p -> p.number() == number).findFirst();
    }

    public List<ChapterRef> chaptersOf(int partNumber) {
        return chapters.stream().filter(c -> c.partNumber() != null && c.partNumber() == partNumber).toList();
    }

    public Optional<ChapterRef> chapter(int number) {
        return chapters.stream().filter(c -> c.number() == number).findFirst();
    }

    public Optional<BoxRef> box(int number) {
        return boxes.stream().filter(b -> b.number() == number).findFirst();
    }

    /**
     * Where the plan's text names an indicator: each mention placed like a plan reference (a section's mention
     * is in its chapter and part, a box's in its box, chapter and part). None for an indicator the plan does
     * not list or its text never names.
     */
    public List<Placement> mentionsOf(String indicatorCode) {
        return indicators.stream().filter(i -> i.code().equals(indicatorCode)).findFirst()
                .map(i -> i.mentionedIn().stream().map(this::place).toList()).orElse(List.of());
    }

    /**
     * Where a plan reference sits: a box item ({@code FZ-15.B06.2}) is in its box, the box in the chapter it is
     * printed in, the chapter in its part; a section ({@code FZ-15.C18.S2}) in its chapter; a part reference
     * only in its part. A reference to another plan, to the plan itself or to something the plan does not have
     * places nothing below the plan.
     */
    public Placement place(String planRef) {
        if (planRef == null) {
            return Placement.NOWHERE;
        }
        Matcher m = REF.matcher(planRef);
        if (!m.matches() || !m.group(1).equals(code) || m.group(2) == null) {
            return m.matches() && m.group(1).equals(code) ? new Placement(code, null, null, null) : Placement.NOWHERE;
        }
        int number = Integer.parseInt(m.group(3));
        return switch (m.group(2)) {
            case "P" -> part(number).map(p -> new Placement(code, p.number(), null, null))
                    .orElse(new Placement(code, null, null, null));
            case "C" -> chapter(number).map(this::inChapter).orElse(new Placement(code, null, null, null));
            case "B" -> box(number).map(b -> {
                Placement chapter = chapter(b.chapterNumber()).map(this::inChapter)
                        .orElse(new Placement(code, null, null, null));
                return new Placement(code, chapter.part(), chapter.chapter(), b.number());
            }).orElse(new Placement(code, null, null, null));
            default -> new Placement(code, null, null, null);
        };
    }

    private Placement inChapter(ChapterRef c) {
        return new Placement(code, c.partNumber(), c.number(), null);
    }
}
