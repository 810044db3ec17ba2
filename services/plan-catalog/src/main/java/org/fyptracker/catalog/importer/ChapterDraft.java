package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.Chapter;
import org.fyptracker.contracts.plans.PlanCodes;

/** A chapter while its lines are still being read. */
final class ChapterDraft {

    final int number;
    final String title;
    final Integer partNumber;
    final List<SectionDraft> sections = new ArrayList<>();
    final List<String> body = new ArrayList<>();

    ChapterDraft(int number, String title, Integer partNumber) {
        this.number = number;
        this.title = title;
        this.partNumber = partNumber;
    }

    SectionDraft currentSection() {
        return sections.isEmpty() ? null : sections.get(sections.size() - 1);
    }

    Chapter build(String planCode) {
        String code = PlanCodes.chapter(planCode, number);
        return new Chapter(number, code, title, partNumber, sections.stream().map(s -> s.build(code)).toList(), body);
    }
}
