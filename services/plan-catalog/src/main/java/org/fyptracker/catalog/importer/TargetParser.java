package org.fyptracker.catalog.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fyptracker.contracts.plans.LinkRelation;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;

/**
 * Types one cell of an indicator table. Forms, as the seeds write them:
 * <pre>
 *   76 / 130                      Absolute
 *   2160左右 / 75左右              About (tolerance left open)
 *   4000 以上 / >40 / ≥            AtLeast (> and 超过 exclusive)
 *   不超过5 / ≤ / <                AtMost
 *   [60] / [0.9]                   Cumulative over the five years
 *   完成省下达指标 / 完成市下达指标   AssignedByHigherLevel
 *   与地区生产总值增长同步           Linked SAME_AS
 *   年均增速高于同期…增速1个百分点左右 Linked ABOVE_BY 1 point
 *   不超过福州市亿元 GDP …死亡率     Linked NOT_EXCEEDING
 *   力争达到高等发达国家水平         Qualitative (no number given)
 * </pre>
 * In the 年均增长 column a plain number is a yearly growth rate instead: "5.5左右" is AnnualGrowth 5.5 about.
 * The linked indicator's code is resolved later, once the whole table is known.
 */
final class TargetParser {

    private static final Pattern HIGHER_LEVEL = Pattern.compile("(省|市|区|县)(?:级)?下达");
    private static final Pattern SAME_AS = Pattern.compile("^与(.+?)(?:基本)?同步$");
    private static final Pattern ABOVE_BY =
            Pattern.compile("^(?:年均)?(?:增速|增长)?高于(.+?)(" + NumberText.NUMBER + ")个百分点(左右|以上)?$");
    private static final Pattern NOT_EXCEEDING = Pattern.compile("^(?:不超过|不高于)(\\D+)$");
    private static final Pattern CUMULATIVE = Pattern.compile("^\\[(.+)]$");

    private TargetParser() {
    }

    /** The target a 2030-target cell states; empty for a blank or "-" cell. */
    static Optional<TypedTarget> target(String cell, String unit) {
        if (isEmpty(cell)) {
            return Optional.empty();
        }
        String c = NumberText.compact(cell);
        return Optional.of(cumulative(c)
                .or(() -> QualifiedNumber.parse(c).map(n -> valueTarget(n, unit)))
                .orElseGet(() -> worded(cell.strip(), c)));
    }

    /** The target a 年均增长 [累计] cell states; empty for a blank or "-" cell. */
    static Optional<TypedTarget> growth(String cell) {
        if (isEmpty(cell)) {
            return Optional.empty();
        }
        String c = NumberText.compact(cell);
        return Optional.of(cumulative(c)
                .or(() -> QualifiedNumber.parse(c).map(n -> (TypedTarget) new TypedTarget.AnnualGrowth(n.value(), n.qualifier())))
                .orElseGet(() -> worded(cell.strip(), c)));
    }

    static boolean isEmpty(String cell) {
        return cell == null || cell.isBlank() || NumberText.isDash(cell);
    }

    private static Optional<TypedTarget> cumulative(String c) {
        Matcher m = CUMULATIVE.matcher(c);
        if (!m.matches()) {
            return Optional.empty();
        }
        return QualifiedNumber.parse(m.group(1)).map(n -> new TypedTarget.Cumulative(n.value(), n.qualifier()));
    }

    private static TypedTarget valueTarget(QualifiedNumber n, String unit) {
        return switch (n.qualifier()) {
            case ABOUT -> new TypedTarget.About(n.value(), null);
            case AT_LEAST -> new TypedTarget.AtLeast(n.value(), true);
            case MORE_THAN -> new TypedTarget.AtLeast(n.value(), false);
            case AT_MOST -> new TypedTarget.AtMost(n.value(), true);
            case LESS_THAN -> new TypedTarget.AtMost(n.value(), false);
            case EXACT -> new TypedTarget.Absolute(n.value(), unit);
        };
    }

    /** Targets stated in words: assigned by the higher level, linked to another indicator, or qualitative. */
    private static TypedTarget worded(String text, String c) {
        Matcher higher = HIGHER_LEVEL.matcher(c);
        if (higher.find()) {
            return new TypedTarget.AssignedByHigherLevel(higher.group(1), text);
        }
        Matcher same = SAME_AS.matcher(c);
        if (same.matches()) {
            return new TypedTarget.Linked(LinkRelation.SAME_AS, null, same.group(1), null, Qualifier.EXACT);
        }
        Matcher above = ABOVE_BY.matcher(c);
        if (above.matches()) {
            Qualifier q = "左右".equals(above.group(3)) ? Qualifier.ABOUT
                    : "以上".equals(above.group(3)) ? Qualifier.AT_LEAST : Qualifier.EXACT;
            return new TypedTarget.Linked(LinkRelation.ABOVE_BY, null, above.group(1),
                    NumberText.parse(above.group(2)), q);
        }
        Matcher notExceeding = NOT_EXCEEDING.matcher(text.replaceAll("^\\s+", ""));
        if (notExceeding.matches()) {
            return new TypedTarget.Linked(LinkRelation.NOT_EXCEEDING, null, notExceeding.group(1).strip(), null,
                    Qualifier.AT_MOST);
        }
        return new TypedTarget.Qualitative(text);
    }
}
