package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.PlanCodes;
import org.fyptracker.contracts.plans.Section;

/** A section while its lines are still being read. */
final class SectionDraft {

    final int number;
    final String title;
    final List<String> subheadings = new ArrayList<>();
    final List<String> body = new ArrayList<>();

    SectionDraft(int number, String title) {
        this.number = number;
        this.title = title;
    }

    Section build(String chapterCode) {
        return new Section(number, PlanCodes.section(chapterCode, number), title, subheadings, body);
    }
}
