package org.fyptracker.tracking.departments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fyptracker.tracking.projects.ProjectView;
import org.fyptracker.tracking.projects.status.ProjectStatusRules;
import org.junit.jupiter.api.Test;

class DepartmentScorecardsTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 10);

    private static ProjectView project(String id, String lead, List<String> co) {
        ProjectView p = new ProjectView();
        p.projectId = id;
        p.planRef = "FZ-15.C" + id;
        p.leadDepartment = lead;
        p.coDepartments = new java.util.ArrayList<>(co);
        return p;
    }

    private static void milestone(ProjectView p, String stage, LocalDate due, LocalDate achieved) {
        ProjectView.MilestoneView m = new ProjectView.MilestoneView();
        m.milestoneId = "m" + p.milestones.size();
        m.stage = stage;
        m.plannedDate = due;
        m.originalPlannedDate = due;
        m.achievedOn = achieved;
        p.milestones.add(m);
    }

    @Test
    void a_scorecard_counts_led_and_co_led_projects_and_milestones_by_how_they_stand() {
        ProjectView led = project("1", "fz-transport", List.of());
        milestone(led, "ACHIEVED", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 1));   // on time
        milestone(led, "ACHIEVED", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 15));  // late
        milestone(led, "STARTED", LocalDate.of(2026, 12, 31), null);                       // overdue
        milestone(led, "PLANNED", LocalDate.of(2027, 6, 30), null);                        // open
        led.lastReportedOn = LocalDate.of(2026, 12, 1);
        ProjectView coLed = project("2", "fz-drc", List.of("fz-transport"));
        List<ProjectView> all = List.of(led, coLed);
        all.forEach(p -> {
            p.milestones.forEach(m -> m.status = ProjectStatusRules.milestone(p, m, TODAY));
            p.status = ProjectStatusRules.project(p, TODAY);
        });

        DepartmentScorecard card = DepartmentScorecards.of("fz-transport", all, TODAY);

        assertThat(card.projectsLed()).isEqualTo(1);
        assertThat(card.projectsCoLed()).isEqualTo(1);
        assertThat(card.milestones()).isEqualTo(new DepartmentScorecard.Milestones(1, 1, 1, 0, 2, 4));
        assertThat(card.daysSinceLastReport()).isEqualTo(40);
        assertThat(DepartmentScorecards.departments(all)).containsExactly("fz-drc", "fz-transport");
    }

    @Test
    void a_scorecard_lists_the_indicators_the_department_is_responsible_for_with_their_status() {
        var onTrack = org.fyptracker.tracking.Fixtures.indicator("FZ-15.I04", "EXPECTED",
                org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.ON_TRACK, List.of("fz-stats"));
        var alarm = org.fyptracker.tracking.Fixtures.indicator("FZ-15.I20", "BINDING",
                org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.BEHIND, List.of("fz-stats", "fz-env"));
        var other = org.fyptracker.tracking.Fixtures.indicator("FZ-15.I11", "EXPECTED",
                org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.NO_DATA, List.of("fz-hr"));
        DepartmentInfo info = new DepartmentInfo("fz-stats", "福州市统计局", "CITY_BUREAU", null, "ACTIVE", null);
        DepartmentScorecard card = DepartmentScorecards.of("fz-stats", info, List.of(), List.of(onTrack, alarm, other), 2026, TODAY);
        assertThat(card.name()).isEqualTo("福州市统计局");
        assertThat(card.indicators().total()).isEqualTo(2);
        assertThat(card.indicators().inAlarm()).isEqualTo(1);
        assertThat(card.indicators().byStatus()).containsEntry("ON_TRACK", 1).containsEntry("BEHIND", 1);
        assertThat(card.indicators().items()).extracting(DepartmentScorecard.IndicatorLine::code).containsExactly("FZ-15.I04", "FZ-15.I20");
        assertThat(DepartmentScorecards.departments(List.of(), List.of(onTrack, alarm, other)))
                .containsExactly("fz-env", "fz-hr", "fz-stats");
    }

    @Test
    void the_registry_is_a_fold_of_the_department_events() {
        var who = org.fyptracker.contracts.Provenance.system(java.time.Instant.parse("2026-01-01T00:00:00Z"), "test");
        var registry = DepartmentDirectory.fold(List.of(
                new org.fyptracker.contracts.departments.DepartmentRegistered("gulou-district", "鼓楼区人民政府",
                        org.fyptracker.contracts.departments.DepartmentKind.DISTRICT_GOVERNMENT, null, who),
                new org.fyptracker.contracts.departments.DepartmentRegistered("fz-a", "甲局",
                        org.fyptracker.contracts.departments.DepartmentKind.CITY_BUREAU, null, who),
                new org.fyptracker.contracts.departments.DepartmentRenamed("fz-a", "甲局", "甲乙局", "机构改革", who),
                new org.fyptracker.contracts.departments.DepartmentsMerged("fz-a", "fz-b", List.of("fz-a"), "合并", who)));
        assertThat(registry.get("gulou-district").isDistrict()).isTrue();
        assertThat(registry.get("fz-a").name()).isEqualTo("甲乙局");
        assertThat(registry.get("fz-a").status()).isEqualTo("MERGED");
        assertThat(registry.get("fz-a").successor()).isEqualTo("fz-b");
        assertThat(registry.get("fz-a").isDistrict()).isFalse();
    }
}
