package org.fyptracker.catalog.browse;

import java.util.List;
import java.util.Map;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.Chapter;
import org.fyptracker.contracts.plans.Indicator;
import org.fyptracker.contracts.plans.Part;
import org.fyptracker.contracts.plans.Plan;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public read of the plans: the list, each plan's tree, its parts, chapters, boxes, indicators, and search. */
@RestController
@RequestMapping("/api/v1/plans")
class PlanCatalogController {

    private final PlanShelf shelf;
    private final PlanSearch search;

    PlanCatalogController(PlanShelf shelf, PlanSearch search) {
        this.shelf = shelf;
        this.search = search;
    }

    @GetMapping
    List<PlanSummary> plans() {
        return shelf.all().stream().map(PlanSummary::of).toList();
    }

    @GetMapping("/search")
    Map<String, Object> search(@RequestParam("q") String phrase) {
        if (phrase.isBlank()) {
            throw RuleViolation.invalid("search-phrase-not-blank", "q", "give a phrase to look for, e.g. 轨道交通");
        }
        List<SearchHit> hits = search.search(shelf.all(), phrase.strip());
        return Map.of("q", phrase.strip(), "hits", hits, "limit", PlanSearch.LIMIT);
    }

    @GetMapping("/{code}")
    PlanTree plan(@PathVariable String code) {
        return PlanTree.of(plan(code, "code"));
    }

    @GetMapping("/{code}/parts/{number}")
    Map<String, Object> part(@PathVariable String code, @PathVariable int number) {
        Plan plan = plan(code, "code");
        Part part = plan.parts().stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> missing("number", "part " + number + " of " + code));
        return Map.of("part", part, "chapters", plan.chaptersOf(number));
    }

    @GetMapping("/{code}/chapters/{number}")
    Map<String, Object> chapter(@PathVariable String code, @PathVariable int number) {
        Plan plan = plan(code, "code");
        Chapter chapter = plan.chapters().stream().filter(c -> c.number() == number).findFirst()
                .orElseThrow(() -> missing("number", "chapter " + number + " of " + code));
        return Map.of("chapter", chapter,
                "boxes", plan.boxes().stream().filter(b -> b.chapterNumber() == number).toList());
    }

    @GetMapping("/{code}/boxes/{number}")
    Box box(@PathVariable String code, @PathVariable int number) {
        return plan(code, "code").boxes().stream().filter(b -> b.number() == number).findFirst()
                .orElseThrow(() -> missing("number", "box " + number + " of " + code));
    }

    @GetMapping("/{code}/indicators")
    List<Indicator> indicators(@PathVariable String code) {
        return plan(code, "code").indicators();
    }

    @GetMapping("/{code}/indicators/{indicatorCode}")
    Indicator indicator(@PathVariable String code, @PathVariable String indicatorCode) {
        return plan(code, "code").indicators().stream().filter(i -> i.code().equals(indicatorCode)).findFirst()
                .orElseThrow(() -> missing("indicatorCode", "indicator " + indicatorCode + " in " + code));
    }

    private Plan plan(String code, String field) {
        return shelf.find(code).orElseThrow(() -> missing(field, "plan " + code));
    }

    private static RuleViolation missing(String field, String what) {
        return RuleViolation.notFound("not-in-catalog", field, "there is no " + what + " in the catalog");
    }
}
