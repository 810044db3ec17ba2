package org.fyptracker.contracts.plans;

import java.util.List;

/**
 * One five-year plan outline (规划纲要) as imported: its structure (篇/章/节), feature boxes (专栏),
 * the main-indicator table of this plan and the completion table of the previous one.
 *
 * @param parentCode the plan this one implements, e.g. a district plan names its city plan; null for the top
 * @param chapters   every chapter in plan order; each knows its part (null when the plan has no parts)
 * @param preface    the 前言 paragraphs
 * @param history    the previous plan's completion table (十四五 完成情况)
 */
public record Plan(
        String code,
        String parentCode,
        String title,
        String approvedNote,
        List<String> preface,
        List<Part> parts,
        List<Chapter> chapters,
        List<Box> boxes,
        List<Indicator> indicators,
        List<String> indicatorNotes,
        List<HistoricalIndicator> history,
        List<String> historyNotes,
        List<ImportWarning> warnings) {

    public Plan {
        preface = List.copyOf(preface);
        parts = List.copyOf(parts);
        chapters = List.copyOf(chapters);
        boxes = List.copyOf(boxes);
        indicators = List.copyOf(indicators);
        indicatorNotes = List.copyOf(indicatorNotes);
        history = List.copyOf(history);
        historyNotes = List.copyOf(historyNotes);
        warnings = List.copyOf(warnings);
    }

    public List<Chapter> chaptersOf(int partNumber) {
        return chapters.stream().filter(c -> c.partNumber() != null && c.partNumber() == partNumber).toList();
    }
}
