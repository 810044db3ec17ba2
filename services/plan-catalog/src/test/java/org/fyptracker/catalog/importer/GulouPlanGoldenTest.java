package org.fyptracker.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.fyptracker.contracts.plans.BaselineFlag;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.Chapter;
import org.fyptracker.contracts.plans.Indicator;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.LinkRelation;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Gulou district outline (GL-15) imported from /plans/GL-15.txt, checked against the text. */
class GulouPlanGoldenTest {

    private static ImportResult result;
    private static Plan plan;

    @BeforeAll
    static void importSeed() {
        result = SeedPlans.importSeed("GL-15", "FZ-15");
        plan = result.plan();
        System.out.println("GL-15 counts: " + result.counts());
        System.out.println("GL-15 typed targets: " + TargetTypeTally.of(plan));
        System.out.println("GL-15 warnings (" + result.warnings().size() + "): " + result.warnings());
    }

    @Test
    void districtPlanNamesTheCityPlanAsParent() {
        assertThat(plan.parentCode()).isEqualTo("FZ-15");
        assertThat(plan.title()).isEqualTo("福州市鼓楼区国民经济和社会发展 第十五个五年规划纲要");
        assertThat(plan.approvedNote()).isEqualTo("2025年12月31日区十八届人大五次会议批准");
    }

    @Test
    void twelveChaptersWithoutParts() {
        assertThat(plan.parts()).isEmpty();
        assertThat(plan.chapters()).extracting(Chapter::number).containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
        assertThat(plan.chapters()).allSatisfy(c -> assertThat(c.partNumber()).isNull());
        assertThat(plan.chapters().get(1).title()).isEqualTo("“十五五”发展的总体思路");
        assertThat(plan.chapters().get(2).code()).isEqualTo("GL-15.C03");
        assertThat(plan.chapters().get(2).title()).isEqualTo("塑强产业体系，筑牢高质量发展根基");
        assertThat(plan.chapters().get(11).title()).isEqualTo("强化规划实施保障");
    }

    @Test
    void sectionsAndTheirSubheadings() {
        assertThat(result.counts().sections()).isEqualTo(44);
        assertThat(plan.chapters()).extracting(c -> c.sections().size()).containsExactly(2, 4, 6, 4, 3, 3, 3, 3, 5, 3, 4, 4);
        assertThat(plan.chapters().get(0).sections().get(0).title()).isEqualTo("“十四五”发展成效");
        assertThat(plan.chapters().get(0).sections().get(1).subheadings()).containsExactly("一、发展形势", "二、存在问题", "三、战略机遇");
        assertThat(plan.chapters().get(2).sections().get(5).code()).isEqualTo("GL-15.C03.S6");
        assertThat(plan.chapters().get(2).sections().get(5).title()).isEqualTo("加快人工智能赋能千行百业");
    }

    @Test
    void nineBoxesWithTheirItemsAndGlossary() {
        assertThat(plan.boxes()).extracting(Box::number).containsExactlyElementsOf(IntStream.rangeClosed(1, 9).boxed().toList());
        assertThat(plan.boxes()).extracting(b -> b.items().size()).containsExactly(4, 1, 2, 2, 2, 2, 5, 3, 3);
        Box b1 = plan.boxes().get(0);
        assertThat(b1.title()).isEqualTo("产业高质量发展指引");
        assertThat(b1.chapterNumber()).isEqualTo(3);
        assertThat(b1.items()).extracting(i -> i.label()).containsExactly("新质生产力引领", "现代服务业提质", "新兴产业培育", "人工智能赋能发展");
        assertThat(b1.items().get(1).text()).startsWith("◆**现代服务业提质**：全力推动福建建投产业大厦");
        assertThat(b1.glossary()).extracting(g -> g.term()).containsExactly("一网四功能区", "具身智能");
        assertThat(plan.boxes().get(3).title()).isEqualTo("深化改革攻坚计划");
        assertThat(plan.boxes().get(6).glossary()).hasSize(6);
        assertThat(plan.boxes().get(8).items().get(0).code()).isEqualTo("GL-15.B09.1");
        assertThat(plan.boxes().get(8).items().get(0).label()).isEqualTo("城市更新");
    }

    @Test
    void twentyThreeIndicators() {
        assertThat(plan.indicators()).hasSize(23);
        assertThat(result.counts().indicatorRows()).isEqualTo(23);
        assertThat(plan.indicators()).allSatisfy(i -> assertThat(i.target()).isNotNull());
        assertThat(plan.indicators()).extracting(Indicator::category).containsOnly("经济发展", "创新驱动", "民生福祉", "绿色发展", "安全保障");
    }

    @Test
    void indicatorSamples() {
        Indicator gdp = indicator("GL-15.I01");
        assertThat(gdp.name()).isEqualTo("地区生产总值（GDP）");
        assertThat(gdp.unit()).isEqualTo("亿元");
        assertThat(gdp.baseline().value()).isEqualByComparingTo("3368.43");
        assertThat(gdp.target()).isEqualTo(new TypedTarget.AtLeast(new BigDecimal("4000"), true));

        assertThat(indicator("GL-15.I02").target()).isEqualTo(new TypedTarget.Qualitative("力争达到高等发达国家水平"));
        assertThat(indicator("GL-15.I03").baseline().raw()).isEqualTo("102.9*");
        assertThat(indicator("GL-15.I03").baseline().flags()).containsExactly(BaselineFlag.LAGGED_YEAR);
        assertThat(indicator("GL-15.I04").target()).isEqualTo(new TypedTarget.AnnualGrowth(new BigDecimal("5"), Qualifier.EXACT));
        assertThat(indicator("GL-15.I10").target()).isEqualTo(new TypedTarget.Cumulative(new BigDecimal("7000"), Qualifier.EXACT));
        assertThat(indicator("GL-15.I11").target()).isEqualTo(
                new TypedTarget.Linked(LinkRelation.SAME_AS, "GL-15.I01", "经济增长", null, Qualifier.EXACT));
        assertThat(indicator("GL-15.I16").target()).isEqualTo(new TypedTarget.AssignedByHigherLevel("市", "完成市下达指标"));
        assertThat(indicator("GL-15.I19").name()).isEqualTo("城市细颗粒物（PM2.5）浓度");
        assertThat(indicator("GL-15.I22").target()).isEqualTo(new TypedTarget.Absolute(new BigDecimal("41.98"), "%"));
        assertThat(indicator("GL-15.I22").growth()).isEqualTo("[0.5]");
        assertThat(indicator("GL-15.I22").attribute()).isEqualTo(IndicatorAttribute.BINDING);
        assertThat(indicator("GL-15.I23").target()).isEqualTo(new TypedTarget.Linked(LinkRelation.NOT_EXCEEDING, null,
                "福州市亿元 GDP 生产安全事故死亡率", null, Qualifier.AT_MOST));
    }

    @Test
    void completionTableWithMergedCells() {
        assertThat(plan.history()).hasSize(20);
        assertThat(plan.history().get(0).category()).isEqualTo("经济发展");
        assertThat(plan.history().get(19).planned2025()).isEqualTo("不超过市下达目标控制数");
        assertThat(plan.history().get(19).actual2025()).isEqualTo("不超过市下达目标控制数");
        assertThat(plan.history().get(19).plannedGrowth()).isEmpty();
        assertThat(plan.historyNotes()).hasSize(6);
    }

    @Test
    void nothingDroppedAndOnlyTheCrossPlanLinkWarned() {
        assertThat(SourceCoverage.missing("GL-15", result)).isEmpty();
        assertThat(result.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("福州市亿元 GDP 生产安全事故死亡率"));
    }

    private static Indicator indicator(String code) {
        return plan.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
