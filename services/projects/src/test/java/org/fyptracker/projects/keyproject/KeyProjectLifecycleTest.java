package org.fyptracker.projects.keyproject;

import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.projects.AmendKeyProject;
import org.fyptracker.contracts.projects.CancelKeyProject;
import org.fyptracker.contracts.projects.CompleteKeyProject;
import org.fyptracker.contracts.projects.DropMilestone;
import org.fyptracker.contracts.projects.KeyProjectAmended;
import org.fyptracker.contracts.projects.KeyProjectCancelled;
import org.fyptracker.contracts.projects.KeyProjectCompleted;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.contracts.projects.KeyProjectResumed;
import org.fyptracker.contracts.projects.KeyProjectSuspended;
import org.fyptracker.contracts.projects.LeadDepartmentReassigned;
import org.fyptracker.contracts.projects.MarkMilestoneOverdue;
import org.fyptracker.contracts.projects.MilestoneAchieved;
import org.fyptracker.contracts.projects.MilestoneDropped;
import org.fyptracker.contracts.projects.MilestoneOverdue;
import org.fyptracker.contracts.projects.MilestonePlanned;
import org.fyptracker.contracts.projects.MilestoneProgressReported;
import org.fyptracker.contracts.projects.MilestoneRescheduled;
import org.fyptracker.contracts.projects.ProjectKind;
import org.fyptracker.contracts.projects.RaiseRisk;
import org.fyptracker.contracts.projects.ReassignLeadDepartment;
import org.fyptracker.contracts.projects.ReportMilestoneProgress;
import org.fyptracker.contracts.projects.RescheduleMilestone;
import org.fyptracker.contracts.projects.ResolveRisk;
import org.fyptracker.contracts.projects.ResumeKeyProject;
import org.fyptracker.contracts.projects.RiskRaised;
import org.fyptracker.contracts.projects.RiskResolved;
import org.fyptracker.contracts.projects.RiskSeverity;
import org.fyptracker.contracts.projects.SuspendKeyProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lifecycle rules of a key project, each test named after the rule it checks. */
class KeyProjectLifecycleTest {

    private static final String P = "FZ-15.B16.1";
    private static final Provenance WHO = new Provenance("fz-transport", "client-7", Instant.parse("2026-05-10T02:00:00Z"), null);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

    private AggregateTestFixture<KeyProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(KeyProject.class);
    }

    private static KeyProjectRegistered registered(String lead) {
        return new KeyProjectRegistered(P, "综合交通枢纽系统功能提升工程", P, "FZ-15", ProjectKind.PROGRAMME, lead, List.of(),
                null, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31), null, WHO);
    }

    private static MilestonePlanned planned(String id) {
        return new MilestonePlanned(P, id, "节点 " + id, JUNE, 1, "FZ-15", WHO);
    }

    private static KeyProjectSuspended suspended() {
        return new KeyProjectSuspended(P, "资金未到位", LocalDate.of(2026, 7, 1), "FZ-15", WHO);
    }

    @Test
    void an_amendment_records_what_changed_and_why() {
        fixture.given(registered("fz-transport"))
                .when(new AmendKeyProject(P, null, "长乐区", null, null, LocalDate.of(2029, 12, 31), null, "工期调整", WHO))
                .expectEvents(new KeyProjectAmended(P, null, "长乐区", null, null, LocalDate.of(2029, 12, 31), null,
                        "工期调整", "FZ-15", WHO));
    }

    @Test
    void rule_reason_required_for_an_amendment() {
        fixture.given(registered("fz-transport"))
                .when(new AmendKeyProject(P, "新名称", null, null, null, null, null, " ", WHO))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_project_with_no_lead_gets_one_and_the_previous_lead_is_recorded_as_none() {
        fixture.given(registered(null))
                .when(new ReassignLeadDepartment(P, "fz-transport", "市政府指定", WHO))
                .expectEvents(new LeadDepartmentReassigned(P, null, "fz-transport", "市政府指定", "FZ-15", WHO));
    }

    @Test
    void reassigning_to_the_current_lead_records_nothing() {
        fixture.given(registered("fz-transport"))
                .when(new ReassignLeadDepartment(P, "fz-transport", "again", WHO))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_milestone_is_rescheduled_with_its_previous_date_kept() {
        fixture.given(registered("fz-transport"), planned("m1"))
                .when(new RescheduleMilestone(P, "m1", LocalDate.of(2026, 9, 30), "征地延迟", WHO))
                .expectEvents(new MilestoneRescheduled(P, "m1", JUNE, LocalDate.of(2026, 9, 30), "征地延迟", "FZ-15", WHO));
    }

    @Test
    void rule_reason_required_to_reschedule() {
        fixture.given(registered("fz-transport"), planned("m1"))
                .when(new RescheduleMilestone(P, "m1", LocalDate.of(2026, 9, 30), null, WHO))
                .expectException(RuleViolation.class).expectExceptionMessage(containsString("reason"))
                .expectNoEvents();
    }

    @Test
    void rule_progress_not_backwards_allows_a_correction_with_a_reason() {
        fixture.given(registered("fz-transport"), planned("m1"),
                        new MilestoneProgressReported(P, "m1", "r1", 60, null, null, null, List.of(), JUNE.minusDays(30), "FZ-15", WHO))
                .when(new ReportMilestoneProgress(P, "m1", "r2", 45, null, null, "上次统计口径有误", List.of(), JUNE.minusDays(20), WHO))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MilestoneProgressReported(P, "m1", "r2", 45, null, null, "上次统计口径有误", List.of(),
                        JUNE.minusDays(20), "FZ-15", WHO));
    }

    @Test
    void rule_project_not_active_refuses_reports_on_a_suspended_project() {
        fixture.given(registered("fz-transport"), planned("m1"), suspended())
                .when(new ReportMilestoneProgress(P, "m1", "r1", 10, null, null, null, List.of(), JUNE, WHO))
                .expectException(RuleViolation.class).expectExceptionMessage(containsString("suspended"))
                .expectNoEvents();
    }

    @Test
    void rule_project_not_active_refuses_reports_on_a_cancelled_project() {
        fixture.given(registered("fz-transport"), planned("m1"),
                        new KeyProjectCancelled(P, "撤销", LocalDate.of(2026, 7, 1), "FZ-15", WHO))
                .when(new ReportMilestoneProgress(P, "m1", "r1", 10, null, null, null, List.of(), JUNE, WHO))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_suspended_project_resumes_and_takes_reports_again() {
        fixture.given(registered("fz-transport"), planned("m1"), suspended())
                .when(new ResumeKeyProject(P, "资金到位", LocalDate.of(2026, 8, 1), WHO))
                .expectEvents(new KeyProjectResumed(P, "资金到位", LocalDate.of(2026, 8, 1), "FZ-15", WHO));
    }

    @Test
    void rule_project_not_suspended_cannot_resume() {
        fixture.given(registered("fz-transport"))
                .when(new ResumeKeyProject(P, "x", LocalDate.of(2026, 8, 1), WHO))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void rule_reason_required_to_suspend() {
        fixture.given(registered("fz-transport"))
                .when(new SuspendKeyProject(P, "", LocalDate.of(2026, 8, 1), WHO))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void rule_milestones_outstanding_prevents_completion() {
        fixture.given(registered("fz-transport"), planned("m1"), planned("m2"),
                        new MilestoneAchieved(P, "m1", "r1", JUNE, null, "FZ-15", WHO))
                .when(new CompleteKeyProject(P, "全部完成", LocalDate.of(2026, 12, 1), WHO))
                .expectException(RuleViolation.class).expectExceptionMessage(containsString("1 milestone"))
                .expectNoEvents();
    }

    @Test
    void a_project_completes_when_every_milestone_is_achieved_or_dropped() {
        fixture.given(registered("fz-transport"), planned("m1"), planned("m2"),
                        new MilestoneAchieved(P, "m1", "r1", JUNE, null, "FZ-15", WHO),
                        new MilestoneDropped(P, "m2", "并入其他项目", "FZ-15", WHO))
                .when(new CompleteKeyProject(P, "全部完成", LocalDate.of(2026, 12, 1), WHO))
                .expectEvents(new KeyProjectCompleted(P, "全部完成", LocalDate.of(2026, 12, 1), "FZ-15", WHO));
    }

    @Test
    void rule_milestone_dropped_cannot_be_achieved() {
        fixture.given(registered("fz-transport"), planned("m1"), new MilestoneDropped(P, "m1", "x", "FZ-15", WHO))
                .when(new org.fyptracker.contracts.projects.AchieveMilestone(P, "m1", "r1", JUNE, null, WHO))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void rule_reason_required_to_drop_a_milestone() {
        fixture.given(registered("fz-transport"), planned("m1"))
                .when(new DropMilestone(P, "m1", null, WHO))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void rule_project_closed_cannot_be_cancelled_twice() {
        fixture.given(registered("fz-transport"), new KeyProjectCancelled(P, "撤销", LocalDate.of(2026, 7, 1), "FZ-15", WHO))
                .when(new CancelKeyProject(P, "again", LocalDate.of(2026, 8, 1), WHO))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_risk_is_raised_and_resolved() {
        fixture.given(registered("fz-transport"))
                .when(new RaiseRisk(P, "k1", RiskSeverity.HIGH, "征地拆迁滞后", JUNE, WHO))
                .expectEvents(new RiskRaised(P, "k1", RiskSeverity.HIGH, "征地拆迁滞后", JUNE, "FZ-15", WHO));
        new AggregateTestFixture<>(KeyProject.class)
                .given(registered("fz-transport"), new RiskRaised(P, "k1", RiskSeverity.HIGH, "征地拆迁滞后", JUNE, "FZ-15", WHO))
                .when(new ResolveRisk(P, "k1", "已完成征地", JUNE.plusDays(10), WHO))
                .expectEvents(new RiskResolved(P, "k1", "已完成征地", JUNE.plusDays(10), "FZ-15", WHO));
    }

    @Test
    void rule_risk_not_open_cannot_be_resolved() {
        fixture.given(registered("fz-transport"))
                .when(new ResolveRisk(P, "k9", "x", JUNE, WHO))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void rule_severity_required_for_a_risk() {
        fixture.given(registered("fz-transport"))
                .when(new RaiseRisk(P, "k1", null, "x", JUNE, WHO))
                .expectException(RuleViolation.class).expectNoEvents();
    }

    @Test
    void a_milestone_past_its_date_is_overdue_once() {
        LocalDate july = LocalDate.of(2026, 7, 1);
        fixture.given(registered("fz-transport"), planned("m1"))
                .when(new MarkMilestoneOverdue(P, "m1", JUNE, july, WHO))
                .expectEvents(new MilestoneOverdue(P, "m1", JUNE, july, "FZ-15", WHO));
        new AggregateTestFixture<>(KeyProject.class)
                .given(registered("fz-transport"), planned("m1"), new MilestoneOverdue(P, "m1", JUNE, july, "FZ-15", WHO))
                .when(new MarkMilestoneOverdue(P, "m1", JUNE, july.plusDays(1), WHO))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void a_milestone_not_yet_due_or_already_achieved_is_not_overdue() {
        fixture.given(registered("fz-transport"), planned("m1"))
                .when(new MarkMilestoneOverdue(P, "m1", JUNE, JUNE, WHO))
                .expectNoEvents();
        new AggregateTestFixture<>(KeyProject.class)
                .given(registered("fz-transport"), planned("m1"), new MilestoneAchieved(P, "m1", "r", JUNE, null, "FZ-15", WHO))
                .when(new MarkMilestoneOverdue(P, "m1", JUNE, JUNE.plusDays(3), WHO))
                .expectNoEvents();
    }

    @Test
    void a_rescheduled_overdue_milestone_can_be_overdue_again_for_its_new_date() {
        LocalDate september = LocalDate.of(2026, 9, 30);
        fixture.given(registered("fz-transport"), planned("m1"),
                        new MilestoneOverdue(P, "m1", JUNE, JUNE.plusDays(1), "FZ-15", WHO),
                        new MilestoneRescheduled(P, "m1", JUNE, september, "延期", "FZ-15", WHO))
                .when(new MarkMilestoneOverdue(P, "m1", september, september.plusDays(1), WHO))
                .expectEvents(new MilestoneOverdue(P, "m1", september, september.plusDays(1), "FZ-15", WHO));
    }
}
