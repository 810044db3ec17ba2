package org.fyptracker.tracking.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.fyptracker.tracking.catalog.Placement;
import org.fyptracker.tracking.catalog.PlanStructure;
import org.fyptracker.tracking.indicators.IndicatorReport;
import org.fyptracker.tracking.projects.ProjectView;

/**
 * The plan dashboard, a pure function of the plan's structure, its projects (placed and with their status
 * for the day) and its indicators (evaluated): every figure is a count over the projects and indicators
 * given, so the plan's totals are the sums over its parts, and the same inputs give the same dashboard.
 */
public final class PlanDashboards {

    public enum Level { PLAN, PART, CHAPTER, BOX }

    private PlanDashboards() {
    }

    /**
     * @param projects   the plan's projects (already narrowed by the query's filters), placed
     * @param indicators the plan's indicators (narrowed likewise), each evaluated for {@code year}
     * @return empty when the plan has no such part, chapter or box
     */
    public static Optional<Dashboard> of(PlanStructure plan, Level level, Integer number, List<ProjectView> projects,
                                         List<IndicatorReport> indicators, int year, LocalDate asOf,
                                         Map<String, Object> filters) {
        List<ProjectView> inPlan = projects.stream().filter(p -> plan.code().equals(p.planCode)).toList();
        List<IndicatorReport> planIndicators = indicators.stream().filter(i -> plan.code().equals(i.planCode())).toList();
        return switch (level) {
            case PLAN -> {
                List<Dashboard.Row> children = new ArrayList<>();
                Predicate<ProjectView> placed;
                if (plan.hasParts()) {
                    plan.parts().forEach(part -> children.add(row("PART", part.code(), part.number(), part.title(),
                            inPlan, p -> Objects.equals(p.placement.part(), part.number()),
                            placed(plan, planIndicators, at -> Objects.equals(at.part(), part.number()), year), year)));
                    placed = p -> p.placement.part() != null;
                } else {
                    plan.chapters().forEach(c -> children.add(row("CHAPTER", c.code(), c.number(), c.title(),
                            inPlan, p -> Objects.equals(p.placement.chapter(), c.number()),
                            placed(plan, planIndicators, at -> Objects.equals(at.chapter(), c.number()), year), year)));
                    placed = p -> p.placement.chapter() != null;
                }
                yield Optional.of(dashboard(plan, new Dashboard.Scope("PLAN", plan.code(), null, plan.title()), inPlan,
                        IndicatorFigures.of(planIndicators, year),
                        children, unplaced(inPlan, placed, year), year, asOf, filters));
            }
            case PART -> plan.part(number).map(part -> {
                List<ProjectView> scope = inPlan.stream().filter(p -> Objects.equals(p.placement.part(), number)).toList();
                List<Dashboard.Row> children = plan.chaptersOf(number).stream().map(c -> row("CHAPTER", c.code(), c.number(),
                        c.title(), scope, p -> Objects.equals(p.placement.chapter(), c.number()),
                        placed(plan, planIndicators, at -> Objects.equals(at.chapter(), c.number()), year), year)).toList();
                return dashboard(plan, new Dashboard.Scope("PART", part.code(), part.number(), part.title()), scope,
                        placed(plan, planIndicators, at -> Objects.equals(at.part(), number), year),
                        children, unplaced(scope, p -> p.placement.chapter() != null, year), year, asOf, filters);
            });
            case CHAPTER -> plan.chapter(number).map(chapter -> {
                List<ProjectView> scope = inPlan.stream().filter(p -> Objects.equals(p.placement.chapter(), number)).toList();
                List<Dashboard.Row> children = plan.boxes().stream().filter(b -> b.chapterNumber() == number)
                        .map(b -> row("BOX", b.code(), b.number(), b.title(), scope,
                                p -> Objects.equals(p.placement.box(), b.number()),
                                placed(plan, planIndicators, at -> Objects.equals(at.box(), b.number()), year), year)).toList();
                return dashboard(plan, new Dashboard.Scope("CHAPTER", chapter.code(), chapter.number(), chapter.title()),
                        scope, placed(plan, planIndicators, at -> Objects.equals(at.chapter(), number), year), children, unplaced(scope, p -> p.placement.box() != null, year), year, asOf, filters);
            });
            case BOX -> plan.box(number).map(box -> {
                List<ProjectView> scope = inPlan.stream().filter(p -> Objects.equals(p.placement.box(), number))
                        .sorted(java.util.Comparator.comparing((ProjectView p) -> p.planRef, java.util.Comparator.nullsLast(
                                java.util.Comparator.naturalOrder())).thenComparing(p -> p.projectId)).toList();
                List<Dashboard.Row> children = scope.stream().map(p -> new Dashboard.Row("PROJECT", p.planRef, null, p.name,
                        p.projectId, p.status.status(), ProjectFigures.of(List.of(p)), MilestoneFigures.of(List.of(p), year),
                        null)).toList();
                return dashboard(plan, new Dashboard.Scope("BOX", box.code(), box.number(), box.title()), scope,
                        placed(plan, planIndicators, at -> Objects.equals(at.box(), number), year),
                        children, null, year, asOf, filters);
            });
        };
    }

    private static Dashboard dashboard(PlanStructure plan, Dashboard.Scope scope, List<ProjectView> projects,
                                       IndicatorFigures indicators, List<Dashboard.Row> children, Dashboard.Row unplaced,
                                       int year, LocalDate asOf, Map<String, Object> filters) {
        return new Dashboard(scope, plan.code(), plan.title(), asOf, year, filters, ProjectFigures.of(projects),
                MilestoneFigures.of(projects, year), indicators, children, unplaced);
    }

    private static Dashboard.Row row(String level, String code, Integer number, String title, List<ProjectView> scope,
                                     Predicate<ProjectView> in, IndicatorFigures indicators, int year) {
        List<ProjectView> mine = scope.stream().filter(in).toList();
        return new Dashboard.Row(level, code, number, title, null, null, ProjectFigures.of(mine), MilestoneFigures.of(mine, year),
                indicators);
    }

    /**
     * The figures of the plan's indicators whose text is placed where {@code at} holds (some mention of it is in
     * that part, chapter or box). An indicator named in several parts counts in each, so these figures are not
     * parts of the plan's total, which counts every indicator once.
     */
    private static IndicatorFigures placed(PlanStructure plan, List<IndicatorReport> indicators, Predicate<Placement> at,
                                           int year) {
        return IndicatorFigures.of(indicators.stream()
                .filter(i -> plan.mentionsOf(i.code()).stream().anyMatch(at)).toList(), year);
    }

    private static Dashboard.Row unplaced(List<ProjectView> scope, Predicate<ProjectView> placed, int year) {
        List<ProjectView> rest = scope.stream().filter(placed.negate()).toList();
        return rest.isEmpty() ? null
                : new Dashboard.Row("UNPLACED", null, null, "not placed below this level", null, null,
                ProjectFigures.of(rest), MilestoneFigures.of(rest, year), null);
    }
}
