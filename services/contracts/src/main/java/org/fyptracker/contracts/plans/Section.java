package org.fyptracker.contracts.plans;

import java.util.List;

/**
 * A section (节) of a chapter.
 *
 * @param subheadings the 一、二、… headings inside it, in order
 * @param body        its prose paragraphs (wrapped lines joined)
 */
public record Section(int number, String code, String title, List<String> subheadings, List<String> body) {

    public Section {
        subheadings = List.copyOf(subheadings);
        body = List.copyOf(body);
    }
}
