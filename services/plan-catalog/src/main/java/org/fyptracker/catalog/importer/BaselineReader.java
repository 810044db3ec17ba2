package org.fyptracker.catalog.importer;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.fyptracker.contracts.plans.Baseline;
import org.fyptracker.contracts.plans.BaselineFlag;

/**
 * Reads a 2025 cell: "5.6", "3.5 [*]" / "102.9*" (lagged year), "-" (missing), "" (pending), words.
 * PRELIMINARY comes from the table's note (快报数 / 估算数) and applies to every figure in the column.
 */
final class BaselineReader {

    private static final Pattern LAG_MARK = Pattern.compile("\\[?\\*]?|错年值");

    private BaselineReader() {
    }

    static Baseline read(String cell, boolean preliminaryByNote) {
        String raw = cell == null ? "" : cell.strip();
        Set<BaselineFlag> flags = EnumSet.noneOf(BaselineFlag.class);
        if (raw.isEmpty()) {
            flags.add(BaselineFlag.PENDING);
            return new Baseline(raw, null, flags);
        }
        if (NumberText.isDash(raw)) {
            flags.add(BaselineFlag.MISSING);
            return new Baseline(raw, null, flags);
        }
        if (raw.contains("*") || raw.contains("错年值")) {
            flags.add(BaselineFlag.LAGGED_YEAR);
        }
        String bare = NumberText.compact(LAG_MARK.matcher(raw).replaceAll(""));
        BigDecimal value = bare.matches(NumberText.NUMBER + "%?") ? NumberText.parse(bare.replace("%", "")) : null;
        if (value == null) {
            flags.add(BaselineFlag.TEXT);
        } else if (preliminaryByNote) {
            flags.add(BaselineFlag.PRELIMINARY);
        }
        return new Baseline(raw, value, flags);
    }
}
