package org.fyptracker.tracking.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The plan dashboard of one scope (the plan, a part, a chapter or a box) for a year, as of a day.
 *
 * @param indicators at plan level every main indicator of the plan, once; at a part, chapter or box the
 *                   indicators the plan's text names there (IndicatorRef.mentionedIn) — an indicator named in
 *                   several parts counts in each, so these are not shares of the plan's figures
 * @param children   the next level down: parts of a plan (chapters for a plan without parts), chapters of a
 *                   part, boxes of a chapter, projects of a box — every one, with zeros where nothing is tracked
 * @param unplaced   the scope's projects that no child holds (a project referring to the chapter itself, or to
 *                   an item the imported plan does not have); null when there are none. The scope's figures are
 *                   the sums of the children's and this row's
 */
public record Dashboard(Scope scope, String plan, String planTitle, LocalDate asOf, int year, Map<String, Object> filters,
                        ProjectFigures projects, MilestoneFigures milestones, IndicatorFigures indicators,
                        List<Row> children, Row unplaced) {

    /** What the dashboard is about. @param level PLAN, PART, CHAPTER or BOX */
    public record Scope(String level, String code, Integer number, String title) {
    }

    /**
     * One child of the scope with its figures. @param level PART, CHAPTER, BOX or PROJECT (then {@code code} is
     * the project's plan reference, {@code id} its id and {@code status} its status). {@code indicators}: the
     * indicators the plan's text names in this part, chapter or box; null on PROJECT and UNPLACED rows
     */
    public record Row(String level, String code, Integer number, String title, String id, String status,
                      ProjectFigures projects, MilestoneFigures milestones, IndicatorFigures indicators) {
    }
}
