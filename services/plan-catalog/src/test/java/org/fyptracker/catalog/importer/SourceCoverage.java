package org.fyptracker.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fyptracker.contracts.plans.Plan;

/**
 * Checks that the importer dropped nothing: every heading, box line, prose line and indicator-table row
 * of the body (after the contents) can be found in the imported plan or in its warnings.
 */
final class SourceCoverage {

    private static final Pattern PREFIXES = Pattern.compile(
            "^(第[零〇一二三四五六七八九十百\\d]+[篇章节][\\s\\u3000]*|专栏[\\s\\u3000]*\\d+[\\s\\u3000]*|\\d{1,2}[.．、][\\s\\u3000]*|(注|备注)[：:])");
    private static final Pattern ATTRIBUTE_ROW = Pattern.compile(".*\\t(预期性|约束性)\\s*$");

    private SourceCoverage() {
    }

    /** The source lines whose text the plan does not contain. */
    static List<String> missing(String planCode, ImportResult result) {
        List<SourceLine> lines = SourceLine.split(read(planCode));
        String corpus = corpus(result.plan());
        List<String> missing = new ArrayList<>();
        for (SourceLine line : lines.subList(TableOfContents.locate(lines).end(), lines.size())) {
            if (!mustBeKept(line)) {
                continue;
            }
            boolean found = line.text().contains("\t")
                    ? RawRow.cellsOf(line.text()).stream().filter(c -> !c.isEmpty()).allMatch(c -> contains(corpus, c))
                    : contains(corpus, line.trimmed());
            if (!found) {
                missing.add(line.number() + ": " + line.trimmed());
            }
        }
        return missing;
    }

    private static boolean mustBeKept(SourceLine line) {
        LineKind kind = LineClassifier.classify(line);
        return switch (kind) {
            case BLANK, TABLE_RULE, PREFACE, GLOSSARY_TITLE, TABLE_TITLE -> false;
            case TABLE_ROW -> ATTRIBUTE_ROW.matcher(line.text()).matches();
            default -> true;
        };
    }

    private static boolean contains(String corpus, String text) {
        String compact = NumberText.compact(text);
        return corpus.contains(compact) || corpus.contains(NumberText.compact(PREFIXES.matcher(text).replaceFirst("")));
    }

    private static String corpus(Plan plan) {
        StringBuilder all = new StringBuilder();
        Stream.of(plan.preface(), plan.indicatorNotes(), plan.historyNotes()).flatMap(List::stream).forEach(all::append);
        plan.parts().forEach(p -> all.append(p.title()).append(String.join("", p.body())));
        plan.chapters().forEach(c -> {
            all.append(c.title()).append(String.join("", c.body()));
            c.sections().forEach(s -> all.append(s.title()).append(String.join("", s.subheadings()))
                    .append(String.join("", s.body())));
        });
        plan.boxes().forEach(b -> {
            all.append(b.title());
            b.items().forEach(i -> all.append(i.group()).append(i.text()));
            b.glossary().forEach(g -> all.append(g.text()));
        });
        plan.indicators().forEach(i -> all.append(i.number()).append(i.category()).append(i.name()).append(i.parentName())
                .append(i.unit()).append(i.baseline().raw()).append(i.target2030()).append(i.growth())
                .append(i.attribute().chinese()));
        plan.history().forEach(h -> all.append(h.number()).append(h.category()).append(h.name()).append(h.unit())
                .append(h.planned2025()).append(h.plannedGrowth()).append(h.actual2025()).append(h.actualGrowth())
                .append(h.attribute().chinese()));
        plan.warnings().forEach(w -> all.append(w.message()));
        return NumberText.compact(all.toString());
    }

    private static String read(String planCode) {
        try (InputStream in = SourceCoverage.class.getResourceAsStream("/plans/" + planCode + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
