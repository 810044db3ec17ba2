package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.BoxItem;
import org.fyptracker.contracts.plans.GlossaryTerm;
import org.fyptracker.contracts.plans.PlanCodes;

/** A feature box while its items are still being read. */
final class BoxDraft {

    final int number;
    final String title;
    final int chapterNumber;
    final int lineNumber;
    final List<ItemText> items = new ArrayList<>();
    final List<GlossaryTerm> glossary = new ArrayList<>();
    String group;
    boolean inGlossary;

    /** An item's paragraph and the group heading it sits under. */
    record ItemText(String text, String group) {
    }

    BoxDraft(int number, String title, int chapterNumber, int lineNumber) {
        this.number = number;
        this.title = title;
        this.chapterNumber = chapterNumber;
        this.lineNumber = lineNumber;
    }

    void addItem(String paragraph) {
        items.add(new ItemText(paragraph, group));
    }

    Box build(String planCode) {
        String code = PlanCodes.box(planCode, number);
        List<BoxItem> built = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemText item = items.get(i);
            built.add(BoxItemReader.read(PlanCodes.boxItem(code, i + 1), i + 1, item.text(), item.group()));
        }
        return new Box(number, code, title, chapterNumber, built, glossary);
    }
}
