package org.fyptracker.contracts.plans;

import java.util.List;

/**
 * A row of the plan's main-indicator table (主要指标). A row the table splits into sub-rows
 * (每千人口拥有医护人员数 → 执业医师数 / 注册护士数) becomes one indicator per sub-row.
 *
 * @param code       FZ-15.I14, or FZ-15.I14.1 for a sub-row
 * @param number     the 序号 of the row
 * @param subNumber  1.. for a sub-row, otherwise null
 * @param category   the 类别 column, carried down merged cells
 * @param name       exactly as written (for a sub-row: the sub-row's name)
 * @param parentName the split row's name for a sub-row, otherwise null
 * @param target2030 raw text of the 2030 target cell
 * @param growth     raw text of the 年均增长 [累计] cell
 * @param target     the target typed from the target and growth cells; never null
 * @param lineNumber where the row starts in the source
 * @param mentionedIn the codes of the parts, chapters, sections and boxes whose text names the indicator (the
 *                    importer's rule, docs/plan-catalog.md), each at the smallest level holding the text; empty
 *                    when the text names it nowhere; null in events recorded before the importer placed
 *                    indicators (optional field, added under the same version)
 */
public record Indicator(
        String code,
        int number,
        Integer subNumber,
        String category,
        String name,
        String parentName,
        String unit,
        Baseline baseline,
        String target2030,
        String growth,
        IndicatorAttribute attribute,
        TypedTarget target,
        int lineNumber,
        List<String> mentionedIn) {

    public Indicator {
        mentionedIn = mentionedIn == null ? null : List.copyOf(mentionedIn);
    }

    /** The same row, placed where the plan's text names it. */
    public Indicator withMentionedIn(List<String> codes) {
        return new Indicator(code, number, subNumber, category, name, parentName, unit, baseline, target2030, growth,
                attribute, target, lineNumber, codes);
    }
}
