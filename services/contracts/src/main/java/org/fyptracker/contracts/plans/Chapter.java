package org.fyptracker.contracts.plans;

import java.util.List;

/**
 * A chapter (章), numbered as the plan numbers it (the Fuzhou plan numbers 1..75 across all parts).
 *
 * @param partNumber the part it belongs to, or null when the plan has no parts
 * @param body       paragraphs before the first section (or all of them when it has no sections)
 */
public record Chapter(int number, String code, String title, Integer partNumber, List<Section> sections,
                      List<String> body) {

    public Chapter {
        sections = List.copyOf(sections);
        body = List.copyOf(body);
    }
}
