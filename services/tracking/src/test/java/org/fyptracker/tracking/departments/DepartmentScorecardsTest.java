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
}
