package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.fyptracker.contracts.plans.ImportWarning;
import org.fyptracker.contracts.plans.Indicator;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * Resolves the indicator a linked target names ("与地区生产总值增长同步", "高于同期地区生产总值增速…")
 * to that indicator's code in the same plan. The reference is reduced to its subject (同期, 年均 and a
 * trailing 增速/增长 dropped; 经济 means 地区生产总值) and matched against the other indicators' names:
 * exactly (with or without 增长), then as a prefix, then anywhere. A reference that only matches the
 * indicator itself, or nothing, names an indicator outside this plan: the code stays null and it is reported.
 */
final class LinkedIndicatorResolver {

    private static final Map<String, String> SAME_SUBJECT = Map.of("经济", "地区生产总值", "GDP", "地区生产总值");
    private static final List<BiPredicate<String, String>> MATCHES = List.of(
            (name, subject) -> name.equals(subject) || name.equals(subject + "增长"),
            String::startsWith,
            String::contains);

    private LinkedIndicatorResolver() {
    }

    static List<Indicator> resolve(List<Indicator> indicators, List<ImportWarning> warnings) {
        List<Indicator> resolved = new ArrayList<>();
        for (Indicator indicator : indicators) {
            if (indicator.target() instanceof TypedTarget.Linked link && link.linkedIndicatorCode() == null) {
                Optional<Indicator> other = find(subject(link.reference()), indicator, indicators);
                if (other.isEmpty()) {
                    warnings.add(new ImportWarning(indicator.lineNumber(), "indicator " + indicator.code()
                            + " is linked to '" + link.reference() + "', which is not an indicator of this plan"));
                    resolved.add(indicator);
                    continue;
                }
                TypedTarget.Linked withCode = new TypedTarget.Linked(link.relation(), other.get().code(),
                        link.reference(), link.points(), link.qualifier());
                resolved.add(withTarget(indicator, withCode));
            } else {
                resolved.add(indicator);
            }
        }
        return resolved;
    }

    static String subject(String reference) {
        String s = NumberText.compact(reference).replaceFirst("^(同期|年均)+", "").replaceFirst("(增速|增长率|增长)$", "");
        return SAME_SUBJECT.getOrDefault(s, s);
    }

    private static Optional<Indicator> find(String subject, Indicator self, List<Indicator> indicators) {
        for (BiPredicate<String, String> match : MATCHES) {
            Optional<Indicator> found = indicators.stream()
                    .filter(i -> i != self && match.test(nameOf(i), subject))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String nameOf(Indicator indicator) {
        return NumberText.compact(indicator.name()).replaceAll("[（(]GDP[)）]", "");
    }

    private static Indicator withTarget(Indicator i, TypedTarget target) {
        return new Indicator(i.code(), i.number(), i.subNumber(), i.category(), i.name(), i.parentName(), i.unit(),
                i.baseline(), i.target2030(), i.growth(), i.attribute(), target, i.lineNumber(), i.mentionedIn());
    }
}
