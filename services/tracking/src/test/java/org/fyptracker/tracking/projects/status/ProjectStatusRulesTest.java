package org.fyptracker.tracking.projects.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fyptracker.tracking.projects.ProjectView;
import org.junit.jupiter.api.Test;

class ProjectStatusRulesTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 31);

    private final ProjectView project = new ProjectView();

    private ProjectView.MilestoneView milestone(String stage) {
        ProjectView.MilestoneView m = new ProjectView.MilestoneView();
        m.milestoneId = "m" + project.milestones.size();
        m.plannedDate = DUE;
        m.originalPlannedDate = DUE;
        m.stage = stage;
        project.milestones.add(m);
        return m;
    }

    private Status at(ProjectView.MilestoneView m, String date) {
        return ProjectStatusRules.milestone(project, m, LocalDate.parse(date));
    }

    @Test
    void a_planned_milestone_not_yet_started_is_not_started() {
        assertThat(at(milestone("PLANNED"), "2026-06-01").status()).isEqualTo("NOT_STARTED");
    }

    @Test
    void a_milestone_past_its_planned_date_is_overdue_with_the_days_in_the_explanation() {
        Status status = at(milestone("STARTED"), "2027-01-10");
        assertThat(status.status()).isEqualTo("OVERDUE");
        assertThat(status.rule()).isEqualTo("past-planned-date");
        assertThat(status.explanation()).contains("10 days");
    }

    @Test
    void progress_behind_the_straight_line_by_more_than_the_tolerance_is_at_risk() {
        ProjectView.MilestoneView m = milestone("STARTED");
        m.startedOn = LocalDate.of(2026, 1, 1);
        m.percentComplete = 20; // half-way through the year 50% is expected: 30 points behind
        Status status = at(m, "2026-07-02");
        assertThat(status.status()).isEqualTo("AT_RISK");
        assertThat(status.rule()).isEqualTo("behind-straight-line");
        m.percentComplete = 31; // 19 points behind: within tolerance
        assertThat(at(m, "2026-07-02").status()).isEqualTo("ON_TRACK");
    }

    @Test
    void an_open_high_risk_puts_open_milestones_at_risk_until_resolved() {
        ProjectView.MilestoneView m = milestone("STARTED");
        ProjectView.RiskView risk = new ProjectView.RiskView();
        risk.severity = "HIGH";
        project.risks.add(risk);
        assertThat(at(m, "2026-06-01").rule()).isEqualTo("open-high-risk");
        risk.resolvedOn = LocalDate.of(2026, 6, 2);
        assertThat(at(m, "2026-06-03").status()).isEqualTo("ON_TRACK");
    }

    @Test
    void a_milestone_rescheduled_beyond_its_original_date_is_delayed() {
        ProjectView.MilestoneView m = milestone("STARTED");
        m.plannedDate = DUE.plusMonths(3);
        assertThat(at(m, "2026-06-01").status()).isEqualTo("DELAYED");
    }

    @Test
    void an_achieved_milestone_says_whether_it_was_on_time() {
        ProjectView.MilestoneView m = milestone("ACHIEVED");
        m.achievedOn = DUE.plusDays(1);
        assertThat(at(m, "2027-02-01").rule()).isEqualTo("achieved-late");
    }

    @Test
    void a_project_takes_its_worst_open_milestone_or_its_lifecycle() {
        milestone("PLANNED");
        ProjectView.MilestoneView late = milestone("STARTED");
        late.plannedDate = LocalDate.of(2026, 3, 1);
        late.originalPlannedDate = late.plannedDate;
        assertThat(ProjectStatusRules.project(project, LocalDate.of(2026, 4, 1)).status()).isEqualTo("OVERDUE");
        project.lifecycle = "SUSPENDED";
        assertThat(ProjectStatusRules.project(project, LocalDate.of(2026, 4, 1)).status()).isEqualTo("SUSPENDED");
    }
}
