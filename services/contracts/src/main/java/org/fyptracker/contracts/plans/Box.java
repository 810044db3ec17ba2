package org.fyptracker.contracts.plans;

import java.util.List;

/**
 * A feature box (专栏): the plan's list of key programmes or concrete projects for a topic.
 *
 * @param chapterNumber the chapter it is printed in
 * @param glossary      the 名词解释 entries some boxes carry after their items
 */
public record Box(int number, String code, String title, int chapterNumber, List<BoxItem> items,
                  List<GlossaryTerm> glossary) {

    public Box {
        items = List.copyOf(items);
        glossary = List.copyOf(glossary);
    }
}
