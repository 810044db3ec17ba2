package org.fyptracker.catalog.importer;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fyptracker.contracts.plans.Qualifier;

/** A single number with the words around it that qualify it: "2160左右", ">40", "4000 以上", "不超过5". */
record QualifiedNumber(BigDecimal value, Qualifier qualifier) {

    private static final Pattern FORM = Pattern.compile(
            "^(≥|>=|>|≤|<=|<|不低于|不少于|不超过|不高于|超过|高于|低于)?(" + NumberText.NUMBER + ")%?(左右|以上|以下|以内)?$");

    /** Reads a compacted cell (see {@link NumberText#compact}); empty when it is not one qualified number. */
    static Optional<QualifiedNumber> parse(String compact) {
        Matcher m = FORM.matcher(compact);
        if (!m.matches() || (m.group(1) != null && m.group(3) != null)) {
            return Optional.empty();
        }
        return Optional.of(new QualifiedNumber(NumberText.parse(m.group(2)), qualifier(m.group(1), m.group(3))));
    }

    private static Qualifier qualifier(String prefix, String suffix) {
        String word = prefix != null ? prefix : suffix != null ? suffix : "";
        return switch (word) {
            case "左右" -> Qualifier.ABOUT;
            case "以上", "≥", ">=", "不低于", "不少于" -> Qualifier.AT_LEAST;
            case ">", "超过", "高于" -> Qualifier.MORE_THAN;
            case "以下", "以内", "≤", "<=", "不超过", "不高于" -> Qualifier.AT_MOST;
            case "<", "低于" -> Qualifier.LESS_THAN;
            default -> Qualifier.EXACT;
        };
    }
}
