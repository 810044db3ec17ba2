package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.BoxItem;
import org.fyptracker.contracts.plans.Chapter;
import org.fyptracker.contracts.plans.Indicator;
import org.fyptracker.contracts.plans.Part;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.plans.Section;

/**
 * Where the plan's own text names each main indicator: the codes of the parts, chapters, sections and boxes
 * whose text (title, body paragraphs, subheadings, box items) contains one of the indicator's names.
 *
 * <p>An indicator's names are its core name ({@link IndicatorNames#core}) and the aliases kept as data in
 * {@link IndicatorNames#ALIASES}. A name found inside an occurrence of a longer name of another indicator
 * does not count: "地区生产总值" inside "单位地区生产总值二氧化碳排放" or "人均地区生产总值" names those
 * indicators, not GDP. A unit is listed once, at the smallest level holding the text (a section's text places
 * the indicator in the section, not again in its chapter); the levels above follow from the codes.
 */
final class IndicatorMentions {

    private IndicatorMentions() {
    }

    /** The plan with every indicator's {@code mentionedIn} filled (empty when its text names it nowhere). */
    static Plan place(Plan plan) {
        Map<Indicator, List<String>> names = new LinkedHashMap<>();
        plan.indicators().forEach(i -> names.put(i, IndicatorNames.of(i)));
        Map<Indicator, Set<String>> found = new LinkedHashMap<>();
        plan.indicators().forEach(i -> found.put(i, new LinkedHashSet<>()));
        BiConsumer<String, Stream<String>> scan = (code, texts) -> texts.forEach(text -> {
            for (Indicator i : named(text, names)) {
                found.get(i).add(code);
            }
        });
        for (Part p : plan.parts()) {
            scan.accept(p.code(), Stream.concat(Stream.of(p.title()), p.body().stream()));
        }
        for (Chapter c : plan.chapters()) {
            scan.accept(c.code(), Stream.concat(Stream.of(c.title()), c.body().stream()));
            for (Section s : c.sections()) {
                scan.accept(s.code(), Stream.of(Stream.of(s.title()), s.subheadings().stream(), s.body().stream())
                        .flatMap(x -> x));
            }
        }
        for (Box b : plan.boxes()) {
            scan.accept(b.code(), Stream.concat(Stream.of(b.title()), b.items().stream().map(BoxItem::text)));
        }
        List<Indicator> placed = plan.indicators().stream().map(i -> i.withMentionedIn(List.copyOf(found.get(i)))).toList();
        return new Plan(plan.code(), plan.parentCode(), plan.title(), plan.approvedNote(), plan.preface(), plan.parts(),
                plan.chapters(), plan.boxes(), placed, plan.indicatorNotes(), plan.history(), plan.historyNotes(),
                plan.warnings());
    }

    /** The indicators a paragraph names, longest name first, each occurrence claimed by one name only. */
    static Set<Indicator> named(String paragraph, Map<Indicator, List<String>> names) {
        if (paragraph == null) {
            return Set.of();
        }
        String text = IndicatorNames.compact(paragraph);
        List<Map.Entry<Indicator, String>> byLength = new ArrayList<>();
        names.forEach((i, ns) -> ns.forEach(n -> byLength.add(Map.entry(i, n))));
        byLength.sort((a, b) -> b.getValue().length() - a.getValue().length());
        boolean[] claimed = new boolean[text.length()];
        Set<Indicator> hits = new LinkedHashSet<>();
        for (Map.Entry<Indicator, String> candidate : byLength) {
            String name = candidate.getValue();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (!claimed[at] && !claimed[at + name.length() - 1]) {
                    Arrays.fill(claimed, at, at + name.length(), true);
                    hits.add(candidate.getKey());
                }
            }
        }
        return hits;
    }
}
