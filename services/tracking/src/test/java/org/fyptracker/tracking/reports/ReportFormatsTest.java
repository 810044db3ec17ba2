package org.fyptracker.tracking.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fyptracker.tracking.Fixtures;
import org.fyptracker.tracking.attention.AttentionList;
import org.fyptracker.tracking.dashboard.Dashboard;
import org.fyptracker.tracking.dashboard.PlanDashboards;
import org.fyptracker.tracking.departments.DepartmentScorecards;
import org.fyptracker.tracking.indicators.IndicatorReport;
import org.fyptracker.tracking.indicators.evaluation.IndicatorStatus;
import org.fyptracker.tracking.projects.ProjectView;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    private static final LocalDate TODAY = LocalDate.of(2028, 6, 30);

    private EvaluationReport report() {
        ProjectView a = Fixtures.project("a", "FZ-15.B01.1", "fz-drc");
        a.name = "=HYPERLINK(\"x\"),<b>甲</b>";
        Fixtures.milestone(a, "ACHIEVED", LocalDate.of(2028, 3, 31), LocalDate.of(2028, 3, 1));
        Fixtures.milestone(a, "STARTED", LocalDate.of(2028, 5, 31), null);
        List<ProjectView> projects = Fixtures.asOf(TODAY, a);
        List<IndicatorReport> indicators = List.of(Fixtures.indicator("FZ-15.I20", "BINDING", IndicatorStatus.BEHIND, List.of("fz-env")));
        Dashboard d = PlanDashboards.of(Fixtures.plan(), PlanDashboards.Level.PLAN, null, projects, indicators, 2028, TODAY,
                Map.of("plan", "FZ-15")).orElseThrow();
        List<EvaluationReport.IndicatorLine> lines = indicators.stream().map(i -> new EvaluationReport.IndicatorLine(i.code(),
                i.name(), i.unit(), i.attribute(), "74.99", "76", i.responsibleDepartments(), i.year(2028).orElseThrow(),
                i.trajectory())).toList();
        return new EvaluationReport("FZ-15", "福州市十五五规划纲要", 2028, "MID_TERM", "中期评估", TODAY, d, lines,
                DepartmentScorecards.departments(projects, indicators).stream()
                        .map(dep -> DepartmentScorecards.of(dep, null, projects, indicators, 2028, TODAY)).toList(),
                AttentionList.of(projects, indicators, 2028, TODAY, 90));
    }

    @Test
    void the_kind_follows_the_year() {
        assertThat(EvaluationReport.kindOf(2026)).isEqualTo("ANNUAL");
        assertThat(EvaluationReport.kindOf(2028)).isEqualTo("MID_TERM");
        assertThat(EvaluationReport.kindName(EvaluationReport.kindOf(2030))).isEqualTo("总结评估");
    }

    @Test
    void the_csv_starts_with_a_byte_order_mark_is_utf8_and_quotes_and_defuses_cells() {
        byte[] csv = ReportCsv.write(report());
        assertThat(Arrays.copyOf(csv, 3)).isEqualTo(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("福州市十五五规划纲要").contains("中期评估").contains("\r\n");
        assertThat(text).contains("# 各篇 parts").contains("# 主要指标 indicators").contains("# 部门 departments").contains("# 关注 attention");
        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\"),<b>甲</b>\"");
        assertThat(text).contains("milestones due 2028,2").contains("milestones overdue,1");
        assertThat(ReportCsv.cell(-3)).isEqualTo("-3");
        assertThat(ReportCsv.cell("-3")).isEqualTo("'-3");
    }

    @Test
    void the_html_is_a_printable_page_with_inline_svg_charts_and_escaped_text() {
        String html = ReportHtml.write(report());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">").contains("@page{size:A4");
        assertThat(html).doesNotContain("<script").doesNotContain("<b>甲</b>").contains("&lt;b&gt;甲&lt;/b&gt;");
        assertThat(html).contains("<title>milestones by status per part</title>");
        assertThat(html).contains("class=\"target\"").contains("class=\"observed\"");
        assertThat(html).contains("FZ-15.I20").contains("BEHIND ⚠");
    }

    @Test
    void the_bars_hold_each_parts_milestones_of_the_year_by_status() {
        String svg = ReportHtml.milestoneBars(report().dashboard().children());
        assertThat(svg).contains("<title>ACHIEVED: 1</title>").contains("<title>OVERDUE: 1</title>");
    }
}
