package org.fyptracker.tracking.reports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fyptracker.tracking.attention.AttentionItem;
import org.fyptracker.tracking.dashboard.Dashboard;
import org.fyptracker.tracking.dashboard.MilestoneFigures;
import org.fyptracker.tracking.dashboard.ProjectFigures;
import org.fyptracker.tracking.departments.DepartmentScorecard;

/**
 * The report as one CSV file (RFC 4180, CRLF line ends) in UTF-8 with a byte-order mark, so spreadsheet
 * software shows the Chinese text. Blocks, each headed by a {@code # …} line and its column row, separated
 * by an empty line: report, totals, parts (or chapters), indicators, departments, attention. A text cell that
 * begins with {@code = + - @} gets a leading {@code '} so no spreadsheet reads it as a formula.
 */
public final class ReportCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ReportCsv() {
    }

    public static byte[] write(EvaluationReport r) {
        StringBuilder out = new StringBuilder();
        Dashboard d = r.dashboard();
        row(out, "# 报告 report");
        row(out, "plan", "title", "year", "kind", "kindName", "asOf");
        row(out, r.plan(), r.title(), r.year(), r.kind(), r.kindName(), r.asOf());
        out.append("\r\n");

        row(out, "# 总体 totals");
        row(out, "figure", "value");
        ProjectFigures p = d.projects();
        MilestoneFigures m = d.milestones();
        row(out, "projects", p.total());
        p.byStatus().forEach((k, v) -> row(out, "projects " + k, v));
        row(out, "projects without lead", p.withoutLead());
        row(out, "milestones due " + r.year(), m.due());
        row(out, "milestones achieved " + r.year(), m.achieved());
        row(out, "milestones achieved on time", m.achievedOnTime());
        row(out, "milestones achieved late", m.achievedLate());
        row(out, "milestones overdue", m.overdue());
        row(out, "milestones at risk", m.atRisk());
        row(out, "milestones open", m.open());
        row(out, "milestones dropped", m.dropped());
        if (d.indicators() != null) {
            row(out, "indicators", d.indicators().total());
            d.indicators().byStatus().forEach((k, v) -> row(out, "indicators " + k, v));
            row(out, "binding indicators", d.indicators().binding());
            row(out, "binding indicators in alarm", d.indicators().bindingInAlarm());
        }
        out.append("\r\n");

        row(out, "# 各篇 parts");
        List<Object> header = new ArrayList<>(List.of("level", "code", "number", "title", "projects"));
        ProjectFigures.STATUSES.forEach(s -> header.add("projects " + s));
        header.addAll(List.of("milestones due", "achieved", "achieved on time", "achieved late", "overdue", "at risk", "open", "dropped"));
        MilestoneFigures.STATUSES.forEach(s -> header.add("due " + s));
        row(out, header.toArray());
        List<Dashboard.Row> rows = new ArrayList<>(d.children());
        if (d.unplaced() != null) {
            rows.add(d.unplaced());
        }
        for (Dashboard.Row c : rows) {
            List<Object> cells = new ArrayList<>(List.of(c.level(), nz(c.code()), c.number() == null ? "" : c.number(), nz(c.title()),
                    c.projects().total()));
            ProjectFigures.STATUSES.forEach(s -> cells.add(c.projects().byStatus().get(s)));
            MilestoneFigures f = c.milestones();
            cells.addAll(List.of(f.due(), f.achieved(), f.achievedOnTime(), f.achievedLate(), f.overdue(), f.atRisk(), f.open(), f.dropped()));
            MilestoneFigures.STATUSES.forEach(s -> cells.add(f.dueByStatus().get(s)));
            row(out, cells.toArray());
        }
        out.append("\r\n");

        row(out, "# 主要指标 indicators");
        row(out, "code", "name", "unit", "attribute", "baseline", "target", "responsible", "status", "alarm",
                "expected", "observed", "rule", "explanation");
        for (EvaluationReport.IndicatorLine i : r.indicators()) {
            row(out, i.code(), i.name(), nz(i.unit()), nz(i.attribute()), nz(i.baseline()), nz(i.target()),
                    String.join(" ", i.responsibleDepartments()), i.evaluation().status().name(), i.evaluation().alarm(),
                    num(i.evaluation().expected()), num(i.evaluation().observed()), i.evaluation().rule(),
                    i.evaluation().explanation());
        }
        out.append("\r\n");

        row(out, "# 部门 departments");
        row(out, "department", "name", "projects led", "projects co-led", "achieved on time", "achieved late", "overdue",
                "at risk", "open", "milestones", "last report", "days since last report", "indicators", "indicators in alarm");
        for (DepartmentScorecard c : r.departments()) {
            DepartmentScorecard.Milestones ms = c.milestones();
            row(out, c.department(), nz(c.name()), c.projectsLed(), c.projectsCoLed(), ms.achievedOnTime(), ms.achievedLate(),
                    ms.overdue(), ms.atRisk(), ms.open(), ms.total(), c.lastReportedOn() == null ? "" : c.lastReportedOn(),
                    c.daysSinceLastReport() == null ? "" : c.daysSinceLastReport(), c.indicators().total(), c.indicators().inAlarm());
        }
        out.append("\r\n");

        row(out, "# 关注 attention");
        row(out, "kind", "subject type", "subject", "name", "plan ref", "department", "days", "detail");
        for (AttentionItem a : r.attention()) {
            row(out, a.kind(), a.subjectType(), a.subjectId(), nz(a.subjectName()), nz(a.planRef()), nz(a.department()),
                    a.days(), a.detail());
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Object num(BigDecimal n) {
        return n == null ? "" : n;
    }

    private static void row(StringBuilder out, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal b ? b.toPlainString() : value.toString();
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
