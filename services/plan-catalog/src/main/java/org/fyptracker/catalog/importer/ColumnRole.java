package org.fyptracker.catalog.importer;

/** What an indicator-table column holds, read from its header text. */
enum ColumnRole {
    NUMBER,
    CATEGORY,
    NAME,
    /** Not a header column: the extra cell a split row puts after the name (执业医师数). */
    SUB_NAME,
    UNIT,
    BASELINE,
    TARGET,
    GROWTH,
    PLANNED,
    PLANNED_GROWTH,
    ACTUAL,
    ACTUAL_GROWTH,
    ATTRIBUTE,
    UNKNOWN;

    /** The value columns between the row's name/unit and its attribute. */
    boolean isValue() {
        return switch (this) {
            case BASELINE, TARGET, GROWTH, PLANNED, PLANNED_GROWTH, ACTUAL, ACTUAL_GROWTH -> true;
            default -> false;
        };
    }

    boolean isGrowth() {
        return this == GROWTH || this == PLANNED_GROWTH || this == ACTUAL_GROWTH;
    }

    /**
     * The role a header names. group is the merged header above (规划目标 / 完成情况) or empty;
     * label is the column's own header text.
     */
    static ColumnRole of(String group, String label) {
        String g = NumberText.compact(group);
        String l = NumberText.compact(label);
        String both = g + l;
        if (both.contains("序号")) {
            return NUMBER;
        }
        if (both.contains("类别") || both.contains("分类")) {
            return CATEGORY;
        }
        if (both.contains("指标名称") || both.equals("指标")) {
            return NAME;
        }
        if (both.contains("单位")) {
            return UNIT;
        }
        if (both.contains("属性")) {
            return ATTRIBUTE;
        }
        boolean growth = both.contains("年均") || both.contains("累计") || both.contains("增长");
        if (g.contains("完成")) {
            return growth ? ACTUAL_GROWTH : ACTUAL;
        }
        if (g.contains("规划") || g.contains("目标")) {
            return growth ? PLANNED_GROWTH : PLANNED;
        }
        if (growth) {
            return GROWTH;
        }
        if (l.contains("2030") || l.contains("目标")) {
            return TARGET;
        }
        if (l.matches(".*\\d{4}.*")) {
            return BASELINE;
        }
        return UNKNOWN;
    }
}
