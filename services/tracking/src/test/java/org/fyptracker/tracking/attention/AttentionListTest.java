package org.fyptracker.tracking.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fyptracker.tracking.projects.ProjectView;
import org.fyptracker.tracking.projects.status.ProjectStatusRules;
import org.junit.jupiter.api.Test;

class AttentionListTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    private static ProjectView project(String id, String lead, LocalDate lastReport) {
        ProjectView p = new ProjectView();
        p.projectId = id;
        p.name = "项目" + id;
        p.leadDepartment = lead;
        p.plannedStart = LocalDate.of(2026, 1, 1);
        p.lastReportedOn = lastReport;
        return p;
    }

    private static ProjectView.MilestoneView milestone(ProjectView p, LocalDate due) {
        ProjectView.MilestoneView m = new ProjectView.MilestoneView();
        m.milestoneId = "m";
        m.title = "节点";
        m.plannedDate = due;
        m.originalPlannedDate = due;
        m.stage = "STARTED";
        p.milestones.add(m);
        return m;
    }

    private static List<AttentionItem> attention(List<ProjectView> projects) {
        projects.forEach(p -> {
            p.milestones.forEach(m -> m.status = ProjectStatusRules.milestone(p, m, TODAY));
            p.status = ProjectStatusRules.project(p, TODAY);
        });
        return AttentionList.of(projects, TODAY, 90);
    }

    @Test
    void an_overdue_milestone_is_listed_with_its_days_overdue() {
        ProjectView p = project("a", "fz-drc", TODAY.minusDays(5));
        milestone(p, LocalDate.of(2026, 9, 30));
        assertThat(attention(List.of(p))).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo("OVERDUE_MILESTONE");
            assertThat(item.days()).isEqualTo(15);
        });
    }

    @Test
    void a_project_without_a_lead_is_listed_until_one_is_assigned() {
        ProjectView p = project("b", null, TODAY.minusDays(1));
        assertThat(attention(List.of(p))).extracting(AttentionItem::kind).containsExactly("NO_LEAD_DEPARTMENT");
    }

    @Test
    void an_active_project_silent_for_more_than_the_threshold_is_listed_but_not_a_cancelled_one() {
        ProjectView silent = project("c", "fz-drc", TODAY.minusDays(91));
        ProjectView recent = project("d", "fz-drc", TODAY.minusDays(90));
        ProjectView cancelled = project("e", "fz-drc", TODAY.minusDays(200));
        cancelled.lifecycle = "CANCELLED";
        assertThat(attention(List.of(silent, recent, cancelled))).extracting(AttentionItem::subjectId).containsExactly("c");
    }

    @Test
    void an_open_high_risk_is_listed_and_a_resolved_one_is_not() {
        ProjectView p = project("f", "fz-drc", TODAY);
        ProjectView.RiskView open = new ProjectView.RiskView();
        open.severity = "HIGH";
        open.description = "资金缺口";
        open.raisedOn = TODAY.minusDays(3);
        ProjectView.RiskView resolved = new ProjectView.RiskView();
        resolved.severity = "HIGH";
        resolved.raisedOn = TODAY.minusDays(30);
        resolved.resolvedOn = TODAY.minusDays(2);
        p.risks.addAll(List.of(open, resolved));
        assertThat(attention(List.of(p))).extracting(AttentionItem::kind).containsExactly("HIGH_RISK_OPEN");
    }

    @Test
    void an_indicator_no_department_is_responsible_for_and_a_binding_one_off_track_are_listed() {
        var unassigned = org.fyptracker.tracking.Fixtures.indicator("FZ-15.I23", "EXPECTED",
                org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.ON_TRACK, List.of());
        var alarm = org.fyptracker.tracking.Fixtures.indicator("FZ-15.I20", "BINDING",
                org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.OFF_TRACK, List.of("fz-env"));
        var expectedBehind = org.fyptracker.tracking.Fixtures.indicator("FZ-15.I04", "EXPECTED",
                org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.BEHIND, List.of("fz-stats"));
        List<AttentionItem> items = AttentionList.of(List.of(), List.of(unassigned, alarm, expectedBehind), 2026, TODAY, 90);
        assertThat(items).extracting(AttentionItem::kind, AttentionItem::subjectId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BINDING_INDICATOR_OFF_TRACK", "FZ-15.I20"),
                org.assertj.core.groups.Tuple.tuple("UNASSIGNED_INDICATOR", "FZ-15.I23"));
        assertThat(items.get(0).subjectType()).isEqualTo("INDICATOR");
        assertThat(items.get(0).departments()).containsExactly("fz-env");
        assertThat(items.get(0).detail()).contains("OFF_TRACK in 2026");
    }
}
