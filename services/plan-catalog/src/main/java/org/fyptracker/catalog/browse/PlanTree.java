package org.fyptracker.catalog.browse;

import java.util.List;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.BoxItemKind;
import org.fyptracker.contracts.plans.Chapter;
import org.fyptracker.contracts.plans.Plan;

/**
 * A plan's outline at a glance: parts with their chapters and sections, the boxes with their items'
 * labels. Prose stays out; the part, chapter and box endpoints give it in full.
 *
 * @param chapters the chapters directly, for a plan without parts (a district plan); empty otherwise
 */
public record PlanTree(String code, String parentCode, String title, String approvedNote, List<PartNode> parts,
                       List<ChapterNode> chapters, List<BoxNode> boxes, int indicators) {

    public record PartNode(int number, String code, String title, List<ChapterNode> chapters) {
    }

    public record ChapterNode(int number, String code, String title, List<SectionNode> sections) {
    }

    public record SectionNode(int number, String code, String title) {
    }

    public record BoxNode(int number, String code, String title, String chapterCode, List<ItemNode> items) {
    }

    public record ItemNode(String code, String label, BoxItemKind kind) {
    }

    static PlanTree of(Plan plan) {
        List<PartNode> parts = plan.parts().stream()
                .map(p -> new PartNode(p.number(), p.code(), p.title(), plan.chaptersOf(p.number()).stream()
                        .map(PlanTree::chapter).toList()))
                .toList();
        List<ChapterNode> chapters = parts.isEmpty() ? plan.chapters().stream().map(PlanTree::chapter).toList() : List.of();
        return new PlanTree(plan.code(), plan.parentCode(), plan.title(), plan.approvedNote(), parts, chapters,
                plan.boxes().stream().map(b -> box(plan, b)).toList(), plan.indicators().size());
    }

    private static ChapterNode chapter(Chapter c) {
        return new ChapterNode(c.number(), c.code(), c.title(),
                c.sections().stream().map(s -> new SectionNode(s.number(), s.code(), s.title())).toList());
    }

    private static BoxNode box(Plan plan, Box b) {
        String chapterCode = plan.chapters().stream().filter(c -> c.number() == b.chapterNumber())
                .map(Chapter::code).findFirst().orElse(null);
        return new BoxNode(b.number(), b.code(), b.title(), chapterCode,
                b.items().stream().map(i -> new ItemNode(i.code(), i.label(), i.kind())).toList());
    }
}
