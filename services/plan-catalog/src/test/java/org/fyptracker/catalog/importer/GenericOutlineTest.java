package org.fyptracker.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fyptracker.contracts.plans.BoxItemKind;
import org.fyptracker.contracts.plans.Indicator;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;
import org.junit.jupiter.api.Test;

/** A made-up further outline in the same form: nothing in the importer is tied to the two seeds. */
class GenericOutlineTest {

    private static final String OUTLINE = String.join("\n",
            "某某区国民经济和社会发展 第十五个五年规划纲要",
            "",
            "（2026年1月5日区人大批准）",
            "",
            "目 录",
            "",
            "前 言\t(1)",
            "第一篇 总体要求，开创",
            "新局面\t(2)",
            "第一章\t发展目标\t(2)",
            "第二章 重点任务\t(5)",
            "",
            "前 言",
            "",
            "本纲要明确发展目标。",
            "",
            "第一篇 总体要求，开创",
            "",
            "新局面",
            "",
            "第一章\t发展目标",
            "",
            "第一节 主要目标",
            "",
            "到2030年经济实力明显增强，人民生活",
            "",
            "更加幸福。",
            "",
            "表 1：某某区“十五五”主要指标",
            "",
            "类别\t序号\t指标名称\t单位\t2025 年\t2030 年目标\t年均增长 [累计]\t属性",
            "经济发展\t1\t地区生产总值增长\t%\t5.0\t-\t6左右\t预期性",
            "\t2\t每千人口拥有医护人员数\t执业医师数\t人\t3.0\t3.5\t[0.5]\t预期性",
            "\t\t\t注册护士数\t人\t3.2\t3.8\t[0.6]\t预期性",
            "",
            "类别\t序号\t指标名称\t单位\t2025 年\t2030 年目标\t年均增长 [累计]\t属性",
            "民生福祉\t3\t居民人均可支配收入\t%\t4.5\t与地区生产总值增长同步\t\t预期",
            "性",
            "\t4\t城镇新增就业人数\t万人\t2.0\t[10]\t\t预期性",
            "\t\t（城镇）\t\t\t\t\t",
            "绿色发展\t5\t森林覆盖率\t%\t*60\t完成市下达指标\t\t约束性",
            "",
            "注：2025年为快报数，*为2024年数据。",
            "",
            "第二章 重点任务",
            "",
            "专栏1 重点工程",
            "",
            "1. 交通网",
            "",
            "◆**轨道交通工程**：建设一号线，推进",
            "",
            "二号线前期工作。",
            "",
            "◆道路：改造主干道。",
            "",
            "名词解释",
            "◇一号线：城区南北向线路。",
            "",
            "图1 空间布局示意图",
            "",
            "继续推进各项工作。",
            "\t孤立的表格行",
            "");

    @Test
    void readsTheStructureFromTheBodyNotTheContents() {
        ImportResult result = PlanOutlineImporter.importPlan("XX-15", "FZ-15", OUTLINE);
        Plan plan = result.plan();
        assertThat(plan.title()).isEqualTo("某某区国民经济和社会发展 第十五个五年规划纲要");
        assertThat(plan.approvedNote()).isEqualTo("2026年1月5日区人大批准");
        assertThat(plan.preface()).containsExactly("本纲要明确发展目标。");
        assertThat(plan.parts()).singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("总体要求，开创新局面"));
        assertThat(plan.chapters()).extracting(c -> c.title()).containsExactly("发展目标", "重点任务");
        assertThat(plan.chapters()).allSatisfy(c -> assertThat(c.partNumber()).isEqualTo(1));
        assertThat(plan.chapters().get(0).sections().get(0).body()).containsExactly("到2030年经济实力明显增强，人民生活更加幸福。");
        assertThat(result.counts().tableOfContentsLines()).isEqualTo(6);
    }

    @Test
    void tableSurvivesPageBreaksRepeatedHeadersAndWrappedCells() {
        Plan plan = PlanOutlineImporter.importPlan("XX-15", "FZ-15", OUTLINE).plan();
        assertThat(plan.indicators()).extracting(Indicator::code)
                .containsExactly("XX-15.I01", "XX-15.I02.1", "XX-15.I02.2", "XX-15.I03", "XX-15.I04", "XX-15.I05");
        assertThat(plan.indicators().get(0).target()).isEqualTo(new TypedTarget.AnnualGrowth(new BigDecimal("6"), Qualifier.ABOUT));
        assertThat(plan.indicators().get(2).name()).isEqualTo("注册护士数");
        assertThat(plan.indicators().get(2).parentName()).isEqualTo("每千人口拥有医护人员数");
        assertThat(plan.indicators().get(3).category()).isEqualTo("民生福祉");
        assertThat(plan.indicators().get(3).attribute()).isNotNull(); // 预期|性 broken over two lines
        assertThat(plan.indicators().get(3).target()).isInstanceOfSatisfying(TypedTarget.Linked.class,
                l -> assertThat(l.linkedIndicatorCode()).isEqualTo("XX-15.I01"));
        assertThat(plan.indicators().get(4).name()).isEqualTo("城镇新增就业人数（城镇）");
        assertThat(plan.indicators().get(5).target()).isEqualTo(new TypedTarget.AssignedByHigherLevel("市", "完成市下达指标"));
        assertThat(plan.indicators().get(5).baseline().flags()).contains(org.fyptracker.contracts.plans.BaselineFlag.LAGGED_YEAR,
                org.fyptracker.contracts.plans.BaselineFlag.PRELIMINARY);
        assertThat(plan.indicatorNotes()).containsExactly("2025年为快报数，*为2024年数据。");
    }

    @Test
    void boxItemsGroupsAndGlossary() {
        Plan plan = PlanOutlineImporter.importPlan("XX-15", "FZ-15", OUTLINE).plan();
        assertThat(plan.boxes()).singleElement().satisfies(box -> {
            assertThat(box.code()).isEqualTo("XX-15.B01");
            assertThat(box.chapterNumber()).isEqualTo(2);
            assertThat(box.items()).hasSize(2);
            assertThat(box.items().get(0).text()).isEqualTo("◆**轨道交通工程**：建设一号线，推进二号线前期工作。");
            assertThat(box.items().get(0).label()).isEqualTo("轨道交通工程");
            assertThat(box.items().get(0).kind()).isEqualTo(BoxItemKind.PROGRAMME);
            assertThat(box.items().get(0).group()).isEqualTo("交通网");
            assertThat(box.items().get(1).kind()).isEqualTo(BoxItemKind.DIRECTION);
            assertThat(box.glossary()).singleElement().satisfies(g -> assertThat(g.term()).isEqualTo("一号线"));
        });
        // the figure closes the box: what follows is chapter text again
        assertThat(plan.chapters().get(1).body()).contains("图1 空间布局示意图", "继续推进各项工作。");
    }

    @Test
    void warnsAboutWhatItCannotPlace() {
        ImportResult result = PlanOutlineImporter.importPlan("XX-15", "FZ-15", OUTLINE);
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.lineNumber()).isEqualTo(OUTLINE.lines().toList().indexOf("\t孤立的表格行") + 1);
            assertThat(w.message()).contains("孤立的表格行");
        });
    }

    @Test
    void withoutContentsAShortFragmentAfterAHeadingIsStillJoined() {
        String outline = "第一篇 总体要求\n\n开创新局面\n\n第一章 目标\n\n到2030年，人民生活\n\n更加幸福。\n";
        Plan plan = PlanOutlineImporter.importPlan("ZZ-15", null, outline).plan();
        assertThat(plan.parts().get(0).title()).isEqualTo("总体要求开创新局面");
        assertThat(plan.chapters().get(0).title()).isEqualTo("目标");
        assertThat(plan.chapters().get(0).body()).containsExactly("到2030年，人民生活更加幸福。");
    }

    @Test
    void reportsNumberingGaps() {
        String outline = "第一章 甲\n\n正文。\n\n第三章 丙\n\n正文。\n";
        ImportResult result = PlanOutlineImporter.importPlan("YY-15", null, outline);
        assertThat(result.plan().chapters()).hasSize(2);
        assertThat(result.warnings()).extracting(w -> w.message()).contains("chapter 3 follows 1");
    }
}
