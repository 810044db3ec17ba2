package org.fyptracker.tracking.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fyptracker.tracking.attention.AttentionItem;
import org.fyptracker.tracking.dashboard.Dashboard;
import org.fyptracker.tracking.dashboard.MilestoneFigures;
import org.fyptracker.tracking.departments.DepartmentScorecard;
import org.fyptracker.tracking.indicators.evaluation.Trajectory;

/**
 * The report as one printable HTML page (A4, no scripts, no external resources): summary, milestones by status
 * per part (stacked bars), the parts table, every indicator with its evaluation and a chart of its figures
 * against the target's line, the departments' scorecards and the attention list. Charts are inline SVG.
 */
public final class ReportHtml {

    static final Map<String, String> MILESTONE_COLOURS = Map.of("NOT_STARTED", "#bdbdbd", "ON_TRACK", "#4caf50",
            "DELAYED", "#ffb300", "AT_RISK", "#fb8c00", "OVERDUE", "#e53935", "ACHIEVED", "#1e88e5", "DROPPED", "#757575");
    private static final Map<String, String> STATUS_CLASS = Map.of("ACHIEVED", "ok", "ON_TRACK", "ok", "BEHIND", "warn",
            "OFF_TRACK", "bad", "NO_DATA", "none", "PENDING_ASSIGNMENT", "none", "NOT_SCORED", "none");

    private ReportHtml() {
    }

    public static String write(EvaluationReport r) {
        StringBuilder h = new StringBuilder(64 * 1024);
        Dashboard d = r.dashboard();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(r.title() + " " + r.year() + " " + r.kindName())).append("</title><style>")
                .append("@page{size:A4;margin:15mm}body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;font-size:10pt;color:#222;margin:0 auto;max-width:190mm}")
                .append("h1{font-size:16pt}h2{font-size:13pt;border-bottom:1px solid #999;margin-top:1.5em}")
                .append("table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccc;padding:2px 4px;vertical-align:top}")
                .append("th{background:#f0f0f0}td.n{text-align:right}.ok{color:#2e7d32}.warn{color:#ef6c00}.bad{color:#c62828;font-weight:bold}.none{color:#777}")
                .append(".charts{display:flex;flex-wrap:wrap;gap:6px}.chart{break-inside:avoid;page-break-inside:avoid;border:1px solid #ddd;padding:4px;width:88mm}")
                .append(".chart h3{font-size:9pt;margin:0 0 2px}section{break-inside:auto}tr{break-inside:avoid}")
                .append("@media print{h2{break-after:avoid}}</style></head><body>\n");
        h.append("<h1>").append(esc(r.title())).append("<br>").append(r.year()).append(" 年 ").append(esc(r.kindName()))
                .append("</h1><p>plan ").append(esc(r.plan())).append(" · year ").append(r.year()).append(" · as of ")
                .append(r.asOf()).append("</p>\n");

        h.append("<section><h2>总体 Summary</h2><table><tr><th>projects</th><th>milestones due</th><th>achieved</th>")
                .append("<th>overdue</th><th>at risk</th><th>indicators</th><th>binding in alarm</th></tr><tr>")
                .append(td(d.projects().total())).append(td(d.milestones().due())).append(td(d.milestones().achieved()))
                .append(td(d.milestones().overdue())).append(td(d.milestones().atRisk()))
                .append(td(d.indicators() == null ? 0 : d.indicators().total()))
                .append(td(d.indicators() == null ? 0 : d.indicators().bindingInAlarm())).append("</tr></table>");
        if (d.indicators() != null) {
            h.append("<p>indicators by status: ");
            d.indicators().byStatus().forEach((k, v) -> h.append(esc(k)).append(" ").append(v).append(" · "));
            h.append("</p>");
        }
        h.append("</section>\n");

        List<Dashboard.Row> rows = new ArrayList<>(d.children());
        if (d.unplaced() != null) {
            rows.add(d.unplaced());
        }
        h.append("<section><h2>各篇节点 Milestones planned in ").append(r.year()).append(" by status, per ")
                .append(rows.isEmpty() ? "part" : rows.get(0).level().toLowerCase()).append("</h2>")
                .append(milestoneBars(rows)).append("</section>\n");

        h.append("<section><h2>各篇 Parts</h2><table><tr><th>code</th><th>title</th><th>projects</th><th>due</th>")
                .append("<th>achieved</th><th>on time</th><th>late</th><th>overdue</th><th>at risk</th><th>open</th><th>dropped</th></tr>");
        for (Dashboard.Row c : rows) {
            MilestoneFigures m = c.milestones();
            h.append("<tr><td>").append(esc(c.code())).append("</td><td>").append(esc(c.title())).append("</td>")
                    .append(td(c.projects().total())).append(td(m.due())).append(td(m.achieved())).append(td(m.achievedOnTime()))
                    .append(td(m.achievedLate())).append(td(m.overdue())).append(td(m.atRisk())).append(td(m.open()))
                    .append(td(m.dropped())).append("</tr>");
        }
        h.append("</table></section>\n");

        h.append("<section><h2>主要指标 Indicators</h2><table><tr><th>code</th><th>indicator</th><th>attribute</th>")
                .append("<th>baseline</th><th>target</th><th>status</th><th>expected</th><th>observed</th><th>explanation</th></tr>");
        for (EvaluationReport.IndicatorLine i : r.indicators()) {
            String status = i.evaluation().status().name();
            h.append("<tr><td>").append(esc(i.code())).append("</td><td>").append(esc(i.name()))
                    .append(i.unit() == null ? "" : " (" + esc(i.unit()) + ")").append("</td><td>").append(esc(i.attribute()))
                    .append("</td><td>").append(esc(i.baseline())).append("</td><td>").append(esc(i.target()))
                    .append("</td><td class=\"").append(STATUS_CLASS.getOrDefault(status, "none")).append("\">").append(status)
                    .append(i.evaluation().alarm() ? " ⚠" : "").append("</td>").append(td(i.evaluation().expected()))
                    .append(td(i.evaluation().observed())).append("<td>").append(esc(i.evaluation().explanation())).append("</td></tr>");
        }
        h.append("</table><h2>指标走势 Trajectories against the target line</h2><div class=\"charts\">");
        for (EvaluationReport.IndicatorLine i : r.indicators()) {
            if (!i.trajectory().observed().isEmpty() || !i.trajectory().target().isEmpty()) {
                h.append("<div class=\"chart\"><h3>").append(esc(i.code() + " " + i.name())).append("</h3>")
                        .append(trajectory(i.trajectory(), i.unit())).append("</div>");
            }
        }
        h.append("</div></section>\n");

        h.append("<section><h2>部门 Departments</h2><table><tr><th>department</th><th>led</th><th>co-led</th>")
                .append("<th>on time</th><th>late</th><th>overdue</th><th>at risk</th><th>open</th><th>last report</th>")
                .append("<th>days since</th><th>indicators</th><th>in alarm</th></tr>");
        for (DepartmentScorecard c : r.departments()) {
            DepartmentScorecard.Milestones m = c.milestones();
            h.append("<tr><td>").append(esc(c.name() == null ? c.department() : c.name() + " (" + c.department() + ")"))
                    .append("</td>").append(td(c.projectsLed())).append(td(c.projectsCoLed())).append(td(m.achievedOnTime()))
                    .append(td(m.achievedLate())).append(td(m.overdue())).append(td(m.atRisk())).append(td(m.open()))
                    .append("<td>").append(c.lastReportedOn() == null ? "" : c.lastReportedOn()).append("</td>")
                    .append(td(c.daysSinceLastReport())).append(td(c.indicators().total())).append(td(c.indicators().inAlarm()))
                    .append("</tr>");
        }
        h.append("</table></section>\n");

        h.append("<section><h2>关注 Attention</h2><table><tr><th>kind</th><th>subject</th><th>department</th><th>days</th><th>detail</th></tr>");
        for (AttentionItem a : r.attention()) {
            h.append("<tr><td>").append(esc(a.kind())).append("</td><td>").append(esc(a.subjectName()))
                    .append(a.planRef() == null ? "" : " <small>" + esc(a.planRef()) + "</small>").append("</td><td>")
                    .append(esc(a.department())).append("</td>").append(td(a.days())).append("<td>").append(esc(a.detail()))
                    .append("</td></tr>");
        }
        h.append("</table></section>\n</body></html>\n");
        return h.toString();
    }

    /** Horizontal stacked bars: per row, its milestones planned in the year by status; a legend below. */
    static String milestoneBars(List<Dashboard.Row> rows) {
        int max = Math.max(1, rows.stream().mapToInt(r -> r.milestones().dueByStatus().values().stream()
                .mapToInt(Integer::intValue).sum()).max().orElse(1));
        int barHeight = 14;
        int labelWidth = 150;
        int width = 680;
        int height = rows.size() * (barHeight + 4) + 30;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" font-size=\"10\"><title>milestones by status per part</title>");
        int y = 2;
        for (Dashboard.Row r : rows) {
            String label = (r.number() == null ? "" : r.number() + " ") + (r.title() == null ? "" : r.title());
            s.append("<text x=\"0\" y=\"").append(y + barHeight - 3).append("\">")
                    .append(esc(label.length() > 12 ? label.substring(0, 12) + "…" : label)).append("</text>");
            double x = labelWidth;
            int sum = 0;
            for (String status : MilestoneFigures.STATUSES) {
                int n = r.milestones().dueByStatus().getOrDefault(status, 0);
                if (n == 0) {
                    continue;
                }
                double w = (width - labelWidth - 40) * (double) n / max;
                s.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(w))
                        .append("\" height=\"").append(barHeight).append("\" fill=\"").append(MILESTONE_COLOURS.get(status))
                        .append("\"><title>").append(status).append(": ").append(n).append("</title></rect>");
                x += w;
                sum += n;
            }
            s.append("<text x=\"").append(fmt(x + 3)).append("\" y=\"").append(y + barHeight - 3).append("\">").append(sum).append("</text>");
            y += barHeight + 4;
        }
        int lx = 0;
        for (String status : MilestoneFigures.STATUSES) {
            s.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 6).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(MILESTONE_COLOURS.get(status)).append("\"/><text x=\"").append(lx + 13).append("\" y=\"")
                    .append(y + 15).append("\">").append(status).append("</text>");
            lx += 95;
        }
        return s.append("</svg>").toString();
    }

    /** Observed figures (solid, dots) against the target's line (dashed), years on x. */
    static String trajectory(Trajectory t, String unit) {
        int w = 320, hgt = 150, left = 44, right = 10, top = 10, bottom = 24;
        List<Trajectory.Point> all = new ArrayList<>(t.observed());
        all.addAll(t.target());
        double min = all.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0);
        double max = all.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(1);
        if (max - min < 1e-9) {
            min -= 1;
            max += 1;
        }
        double pad = (max - min) * 0.1;
        min -= pad;
        max += pad;
        int firstYear = Math.min(2025, all.stream().mapToInt(Trajectory.Point::year).min().orElse(2025));
        int lastYear = 2030;
        double ymin = min, ymax = max;
        java.util.function.IntToDoubleFunction xOf = year -> left + (w - left - right) * (double) (year - firstYear) / (lastYear - firstYear);
        java.util.function.DoubleUnaryOperator yOf = v -> top + (hgt - top - bottom) * (ymax - v) / (ymax - ymin);
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ").append(w).append(' ')
                .append(hgt).append("\" font-size=\"9\"><title>").append(esc(t.measure())).append("</title>");
        s.append("<line x1=\"").append(left).append("\" y1=\"").append(hgt - bottom).append("\" x2=\"").append(w - right)
                .append("\" y2=\"").append(hgt - bottom).append("\" stroke=\"#999\"/>");
        for (int year = firstYear; year <= lastYear; year++) {
            s.append("<text x=\"").append(fmt(xOf.applyAsDouble(year) - 10)).append("\" y=\"").append(hgt - 8).append("\">")
                    .append(year).append("</text>");
        }
        for (double v : new double[]{ymin + pad, ymax - pad}) {
            s.append("<text x=\"0\" y=\"").append(fmt(yOf.applyAsDouble(v) + 3)).append("\">").append(esc(short4(v)))
                    .append("</text><line x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"")
                    .append(fmt(yOf.applyAsDouble(v))).append("\" y2=\"").append(fmt(yOf.applyAsDouble(v)))
                    .append("\" stroke=\"#eee\"/>");
        }
        if (!t.target().isEmpty()) {
            s.append("<polyline class=\"target\" fill=\"none\" stroke=\"#888\" stroke-dasharray=\"4 3\" points=\"")
                    .append(points(t.target(), xOf, yOf)).append("\"><title>target line</title></polyline>");
        }
        if (!t.observed().isEmpty()) {
            s.append("<polyline class=\"observed\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\" points=\"")
                    .append(points(t.observed(), xOf, yOf)).append("\"/>");
            for (Trajectory.Point p : t.observed()) {
                s.append("<circle cx=\"").append(fmt(xOf.applyAsDouble(p.year()))).append("\" cy=\"")
                        .append(fmt(yOf.applyAsDouble(p.value().doubleValue()))).append("\" r=\"2.5\" fill=\"#1565c0\"><title>")
                        .append(p.year()).append(": ").append(p.value().toPlainString()).append(unit == null ? "" : " " + esc(unit))
                        .append("</title></circle>");
            }
        }
        return s.append("</svg>").toString();
    }

    private static String points(List<Trajectory.Point> points, java.util.function.IntToDoubleFunction xOf,
                                 java.util.function.DoubleUnaryOperator yOf) {
        StringBuilder s = new StringBuilder();
        for (Trajectory.Point p : points) {
            s.append(fmt(xOf.applyAsDouble(p.year()))).append(',').append(fmt(yOf.applyAsDouble(p.value().doubleValue()))).append(' ');
        }
        return s.toString().strip();
    }

    private static String short4(double v) {
        return BigDecimal.valueOf(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static String td(Object n) {
        return "<td class=\"n\">" + (n == null ? "" : n instanceof BigDecimal b ? b.toPlainString() : n.toString()) + "</td>";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
