package org.fyptracker.tracking.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fyptracker.tracking.Fixtures;
import org.fyptracker.tracking.indicators.IndicatorReport;
import org.fyptracker.tracking.indicators.evaluation.IndicatorStatus;
import org.fyptracker.tracking.projects.ProjectView;
import org.junit.jupiter.api.Test;

class PlanDashboardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    private List<ProjectView> projects() {
        ProjectView a = Fixtures.project("a", "FZ-15.B01.1", "fz-drc");
        Fixtures.milestone(a, "ACHIEVED", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 1));   // achieved on time
        Fixtures.milestone(a, "STARTED", LocalDate.of(2026, 9, 30), null);                       // overdue
        Fixtures.milestone(a, "PLANNED", LocalDate.of(2027, 6, 30), null);                       // next year
        ProjectView b = Fixtures.project("b", "FZ-15.B02.1", null);
        Fixtures.milestone(b, "ACHIEVED", LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 1));  // achieved late, planned 2025
        Fixtures.milestone(b, "DROPPED", LocalDate.of(2026, 11, 30), null);
        Fixtures.milestone(b, "PLANNED", LocalDate.of(2026, 12, 31), null);                      // not started
        ProjectView c = Fixtures.project("c", "FZ-15.C02", "fz-drc");                              // chapter-level
        Fixtures.milestone(c, "STARTED", LocalDate.of(2026, 11, 30), null);
        ProjectView d = Fixtures.project("d", "FZ-15", "fz-drc");                                  // plan-level: unplaced
        return Fixtures.asOf(TODAY, a, b, c, d);
    }

    private List<IndicatorReport> indicators() {
        return List.of(Fixtures.indicator("FZ-15.I01", "EXPECTED", IndicatorStatus.ON_TRACK, List.of("fz-stats")),
                Fixtures.indicator("FZ-15.I20", "BINDING", IndicatorStatus.BEHIND, List.of("fz-env")),
                Fixtures.indicator("FZ-15.I23", "BINDING", IndicatorStatus.ACHIEVED, List.of()));
    }

    private Dashboard dashboard(PlanDashboards.Level level, Integer number) {
        return PlanDashboards.of(Fixtures.plan(), level, number, projects(), indicators(), 2026, TODAY, Map.of()).orElseThrow();
    }

    @Test
    void the_plan_counts_milestones_of_the_year_by_how_they_stand() {
        MilestoneFigures m = dashboard(PlanDashboards.Level.PLAN, null).milestones();
        assertThat(m.total()).isEqualTo(7);
        assertThat(m.due()).isEqualTo(4);          // a: 06-30, 09-30; b: 12-31; c: 11-30 (the dropped one is not due)
        assertThat(m.achieved()).isEqualTo(2);     // a 06-01 on time, b 02-01 late (planned 2025)
        assertThat(m.achievedOnTime()).isEqualTo(1);
        assertThat(m.achievedLate()).isEqualTo(1);
        assertThat(m.overdue()).isEqualTo(1);
        assertThat(m.open()).isEqualTo(3);
        assertThat(m.dropped()).isEqualTo(1);
        assertThat(m.dueByStatus().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(m.due() + m.dropped());
    }

    @Test
    void the_plans_totals_are_the_sums_over_its_parts_and_the_unplaced_projects() {
        Dashboard plan = dashboard(PlanDashboards.Level.PLAN, null);
        assertThat(plan.children()).extracting(Dashboard.Row::code).containsExactly("FZ-15.P01", "FZ-15.P02", "FZ-15.P03");
        assertThat(plan.children()).extracting(r -> r.projects().total()).containsExactly(2, 1, 0);
        assertThat(plan.unplaced().projects().total()).isEqualTo(1);
        int projects = plan.children().stream().mapToInt(r -> r.projects().total()).sum() + plan.unplaced().projects().total();
        int due = plan.children().stream().mapToInt(r -> r.milestones().due()).sum() + plan.unplaced().milestones().due();
        int overdue = plan.children().stream().mapToInt(r -> r.milestones().overdue()).sum();
        assertThat(projects).isEqualTo(plan.projects().total());
        assertThat(due).isEqualTo(plan.milestones().due());
        assertThat(overdue).isEqualTo(plan.milestones().overdue());
        assertThat(plan.projects().withoutLead()).isEqualTo(1);
    }

    @Test
    void indicators_are_counted_by_status_and_binding_ones_in_alarm_are_named_at_plan_level() {
        Dashboard plan = dashboard(PlanDashboards.Level.PLAN, null);
        assertThat(plan.indicators().total()).isEqualTo(3);
        assertThat(plan.indicators().byStatus()).containsEntry("ON_TRACK", 1).containsEntry("BEHIND", 1).containsEntry("ACHIEVED", 1);
        assertThat(plan.indicators().binding()).isEqualTo(2);
        assertThat(plan.indicators().alarms()).extracting(IndicatorFigures.Alarm::code).containsExactly("FZ-15.I20");
    }

    @Test
    void a_part_chapter_or_box_counts_exactly_the_indicators_its_text_names() {
        Dashboard plan = dashboard(PlanDashboards.Level.PLAN, null);
        // I01 (on track) is named in chapter 1 (part 1) and box 2 (chapter 3, part 2); I20 (binding, behind) in
        // part 1's body and chapter 4 (part 3); I23 nowhere: it counts in the plan's total only
        assertThat(plan.children()).extracting(r -> r.indicators().total()).containsExactly(2, 1, 1);
        Dashboard.Row part1 = plan.children().get(0);
        assertThat(part1.indicators().byStatus()).containsEntry("ON_TRACK", 1).containsEntry("BEHIND", 1)
                .containsEntry("ACHIEVED", 0);
        assertThat(part1.indicators().alarms()).extracting(IndicatorFigures.Alarm::code).containsExactly("FZ-15.I20");
        assertThat(plan.children().get(1).indicators().bindingInAlarm()).isZero();
        assertThat(plan.children().get(2).indicators().bindingInAlarm()).isEqualTo(1);
        assertThat(plan.indicators().total()).isEqualTo(3);

        Dashboard part = dashboard(PlanDashboards.Level.PART, 1);
        assertThat(part.indicators().total()).isEqualTo(2);
        assertThat(part.children()).extracting(r -> r.indicators().total()).containsExactly(1, 0);
        Dashboard chapter = dashboard(PlanDashboards.Level.CHAPTER, 3);
        assertThat(chapter.indicators().byStatus()).containsEntry("ON_TRACK", 1);
        assertThat(chapter.children()).singleElement().satisfies(box -> assertThat(box.indicators().total()).isEqualTo(1));
        assertThat(dashboard(PlanDashboards.Level.BOX, 2).indicators().total()).isEqualTo(1);
        assertThat(dashboard(PlanDashboards.Level.BOX, 1).indicators().total()).isZero();
        assertThat(dashboard(PlanDashboards.Level.BOX, 1).children()).allSatisfy(r -> assertThat(r.indicators()).isNull());
    }

    @Test
    void a_part_lists_its_chapters_a_chapter_its_boxes_a_box_its_projects() {
        Dashboard part = dashboard(PlanDashboards.Level.PART, 1);
        assertThat(part.scope()).isEqualTo(new Dashboard.Scope("PART", "FZ-15.P01", 1, "第一篇"));
        assertThat(part.children()).extracting(Dashboard.Row::code).containsExactly("FZ-15.C01", "FZ-15.C02");
        assertThat(part.projects().total()).isEqualTo(2);
        Dashboard chapter = dashboard(PlanDashboards.Level.CHAPTER, 2);
        assertThat(chapter.children()).isEmpty();
        assertThat(chapter.unplaced().projects().total()).isEqualTo(1);
        Dashboard box = dashboard(PlanDashboards.Level.BOX, 1);
        assertThat(box.children()).singleElement().satisfies(r -> {
            assertThat(r.level()).isEqualTo("PROJECT");
            assertThat(r.id()).isEqualTo("a");
            assertThat(r.status()).isEqualTo("OVERDUE");
        });
    }

    @Test
    void a_part_the_plan_does_not_have_is_empty() {
        assertThat(PlanDashboards.of(Fixtures.plan(), PlanDashboards.Level.PART, 18, projects(), indicators(), 2026, TODAY,
                Map.of())).isEmpty();
    }
}
