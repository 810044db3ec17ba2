package org.fyptracker.contracts.plans;

/** 属性: binding (约束性, a legal commitment) or expected (预期性). */
public enum IndicatorAttribute {
    BINDING("约束性"),
    EXPECTED("预期性");

    private final String chinese;

    IndicatorAttribute(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** The attribute the cell names, or null when it names none. */
    public static IndicatorAttribute fromCell(String cell) {
        for (IndicatorAttribute a : values()) {
            if (cell != null && cell.trim().equals(a.chinese)) {
                return a;
            }
        }
        return null;
    }
}
