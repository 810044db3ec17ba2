package org.fyptracker.contracts.plans;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The 2025 baseline cell.
 *
 * @param raw   the cell exactly as written ("3.5 [*]", "-", "地表水达到或好于Ⅲ类水体比例为100%")
 * @param value the number when the cell is a number (markers removed), otherwise null
 */
public record Baseline(String raw, BigDecimal value, Set<BaselineFlag> flags) {

    public Baseline {
        flags = Set.copyOf(flags);
    }

    public boolean has(BaselineFlag flag) {
        return flags.contains(flag);
    }
}
