package org.fyptracker.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fyptracker.tracking.catalog.PlanStructure;
import org.fyptracker.tracking.indicators.IndicatorReport;
import org.fyptracker.tracking.indicators.evaluation.Evaluation;
import org.fyptracker.tracking.indicators.evaluation.IndicatorStatus;
import org.fyptracker.tracking.indicators.evaluation.Trajectory;
import org.fyptracker.tracking.projects.ProjectView;
import org.fyptracker.tracking.projects.status.ProjectStatusRules;

/** Small hand-built plans, projects and indicators for the pure tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * FZ-15 in miniature: 3 parts; chapters 1–2 in part 1, 3 in part 2, 4 in part 3; boxes 1 (ch 1), 2 (ch 3).
     * The text names I01 in chapter 1 and box 2, I20 in part 1's body and a section of chapter 4, I23 nowhere.
     */
    public static PlanStructure plan() {
        return new PlanStructure("FZ-15", null, "福州市十五五规划纲要",
                List.of(new PlanStructure.PartRef(1, "FZ-15.P01", "第一篇"), new PlanStructure.PartRef(2, "FZ-15.P02", "第二篇"),
                        new PlanStructure.PartRef(3, "FZ-15.P03", "第三篇")),
                List.of(new PlanStructure.ChapterRef(1, "FZ-15.C01", "第一章", 1), new PlanStructure.ChapterRef(2, "FZ-15.C02", "第二章", 1),
                        new PlanStructure.ChapterRef(3, "FZ-15.C03", "第三章", 2), new PlanStructure.ChapterRef(4, "FZ-15.C04", "第四章", 3)),
                List.of(new PlanStructure.BoxRef(1, "FZ-15.B01", "专栏1", 1,
                                List.of(new PlanStructure.ItemRef(1, "FZ-15.B01.1", "甲工程", "PROGRAMME"),
                                        new PlanStructure.ItemRef(2, "FZ-15.B01.2", "乙工程", "PROGRAMME"))),
                        new PlanStructure.BoxRef(2, "FZ-15.B02", "专栏2", 3,
                                List.of(new PlanStructure.ItemRef(1, "FZ-15.B02.1", "丙行动", "PROGRAMME")))),
                List.of(new PlanStructure.IndicatorRef("FZ-15.I01", 1, "地区生产总值增长", "EXPECTED",
                                List.of("FZ-15.C01", "FZ-15.B02")),
                        new PlanStructure.IndicatorRef("FZ-15.I20", 20, "城市细颗粒物浓度", "BINDING",
                                List.of("FZ-15.P01", "FZ-15.C04.S1")),
                        new PlanStructure.IndicatorRef("FZ-15.I23", 23, "森林覆盖率", "BINDING", List.of())));
    }

    public static ProjectView project(String id, String planRef, String lead) {
        ProjectView p = new ProjectView();
        p.projectId = id;
        p.name = "项目" + id;
        p.planRef = planRef;
        p.planCode = planRef.substring(0, 5);
        p.leadDepartment = lead;
        p.plannedStart = LocalDate.of(2026, 1, 1);
        p.plannedEnd = LocalDate.of(2030, 12, 31);
        return p;
    }

    public static ProjectView.MilestoneView milestone(ProjectView p, String stage, LocalDate due, LocalDate achieved) {
        ProjectView.MilestoneView m = new ProjectView.MilestoneView();
        m.milestoneId = "m" + p.milestones.size();
        m.title = "节点" + p.milestones.size();
        m.stage = stage;
        m.plannedDate = due;
        m.originalPlannedDate = due;
        m.achievedOn = achieved;
        if ("DROPPED".equals(stage)) {
            m.droppedReason = "并入其他项目";
        }
        p.milestones.add(m);
        return m;
    }

    /** Computes the statuses as the query side does, for the day. */
    public static List<ProjectView> asOf(LocalDate today, ProjectView... projects) {
        for (ProjectView p : projects) {
            p.milestones.forEach(m -> m.status = ProjectStatusRules.milestone(p, m, today));
            p.status = ProjectStatusRules.project(p, today);
            PlanStructure plan = plan();
            p.placement = plan.place(p.planRef);
        }
        return List.of(projects);
    }

    /** An indicator evaluated with the given status in every year 2026–2030. */
    public static IndicatorReport indicator(String code, String attribute, IndicatorStatus status, List<String> departments) {
        boolean alarm = "BINDING".equals(attribute) && (status == IndicatorStatus.BEHIND || status == IndicatorStatus.OFF_TRACK);
        List<Evaluation> years = new ArrayList<>();
        for (int y = 2026; y <= 2030; y++) {
            years.add(new Evaluation(y, status, alarm, "straight-line", new BigDecimal("75.192"), new BigDecimal("75.15"),
                    "expected 75.192, observed 75.15"));
        }
        return new IndicatorReport(code, code.substring(0, 5), "经济发展", "指标" + code, null, "%", attribute,
                new IndicatorReport.Baseline("74.99", new BigDecimal("74.99"), List.of()), "76", null, null, null, null,
                departments, List.of(), List.of(), null, years, years.get(0), alarm,
                new Trajectory("level", List.of(new Trajectory.Point(2025, new BigDecimal("74.99")),
                        new Trajectory.Point(2026, new BigDecimal("75.15"))),
                        List.of(new Trajectory.Point(2025, new BigDecimal("74.99")), new Trajectory.Point(2030, new BigDecimal("76")))));
    }
}
