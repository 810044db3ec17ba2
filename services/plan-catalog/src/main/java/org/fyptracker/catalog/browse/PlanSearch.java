package org.fyptracker.catalog.browse;

import java.util.ArrayList;
import java.util.List;
import org.fyptracker.contracts.plans.Plan;
import org.springframework.stereotype.Component;

/**
 * Substring search over what a supervisor looks for by name: titles of parts, chapters, sections and
 * boxes, box items and indicator names. Chinese needs no tokenising for this: a plain substring is
 * what people type (e.g. 轨道交通, 人工智能).
 */
@Component
class PlanSearch {

    static final int LIMIT = 200;

    List<SearchHit> search(List<Plan> plans, String phrase) {
        List<SearchHit> hits = new ArrayList<>();
        for (Plan plan : plans) {
            String p = plan.code();
            plan.parts().forEach(x -> add(hits, phrase, p, x.code(), "PART", x.title()));
            plan.chapters().forEach(c -> {
                add(hits, phrase, p, c.code(), "CHAPTER", c.title());
                c.sections().forEach(s -> add(hits, phrase, p, s.code(), "SECTION", s.title()));
            });
            plan.boxes().forEach(b -> {
                add(hits, phrase, p, b.code(), "BOX", b.title());
                b.items().forEach(i -> add(hits, phrase, p, i.code(), "BOX_ITEM", i.text()));
            });
            plan.indicators().forEach(i -> add(hits, phrase, p, i.code(), "INDICATOR", i.name()));
        }
        return hits.size() > LIMIT ? hits.subList(0, LIMIT) : hits;
    }

    private static void add(List<SearchHit> hits, String phrase, String plan, String code, String kind, String text) {
        if (text != null && text.contains(phrase)) {
            hits.add(new SearchHit(plan, code, kind, text));
        }
    }
}
