package org.fyptracker.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.fyptracker.contracts.plans.BaselineFlag;
import org.fyptracker.contracts.plans.Box;
import org.fyptracker.contracts.plans.BoxItemKind;
import org.fyptracker.contracts.plans.Chapter;
import org.fyptracker.contracts.plans.Indicator;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.LinkRelation;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Fuzhou city outline (FZ-15) imported from /plans/FZ-15.txt, checked against the text. */
class FuzhouPlanGoldenTest {

    private static ImportResult result;
    private static Plan plan;

    @BeforeAll
    static void importSeed() {
        result = SeedPlans.importSeed("FZ-15", null);
        plan = result.plan();
        System.out.println("FZ-15 counts: " + result.counts());
        System.out.println("FZ-15 typed targets: " + TargetTypeTally.of(plan));
        System.out.println("FZ-15 warnings (" + result.warnings().size() + "): " + result.warnings());
    }

    @Test
    void titleApprovalAndNoParent() {
        assertThat(plan.code()).isEqualTo("FZ-15");
        assertThat(plan.parentCode()).isNull();
        assertThat(plan.title()).isEqualTo("福州市国民经济和社会发展 第十五个五年规划纲要");
        assertThat(plan.approvedNote()).isEqualTo("2026年1月22日市十六届人大五次会议批准");
        assertThat(plan.preface()).hasSize(2);
    }

    @Test
    void eighteenPartsWithTheirTitles() {
        assertThat(plan.parts()).hasSize(18);
        assertThat(plan.parts()).extracting(p -> p.number()).containsExactlyElementsOf(IntStream.rangeClosed(1, 18).boxed().toList());
        assertThat(plan.parts().get(4).code()).isEqualTo("FZ-15.P05");
        assertThat(plan.parts().get(4).title()).isEqualTo("推进示范区建设取得新突破，打造更高水平 海上福州");
        // split over two lines in the body
        assertThat(plan.parts().get(7).title()).isEqualTo("坚定不移扩大高水平对外开放，打造“海丝”枢纽城市");
        assertThat(plan.parts().get(12).title()).isEqualTo("构建现代化基础设施体系，筑牢高质量发展支撑");
        assertThat(plan.parts().get(17).body()).hasSize(1);
    }

    @Test
    void chaptersNumberedOneToSeventyFiveAcrossParts() {
        assertThat(plan.chapters()).extracting(Chapter::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 75).boxed().toList());
        Chapter c18 = plan.chapters().get(17);
        assertThat(c18.code()).isEqualTo("FZ-15.C18");
        assertThat(c18.title()).isEqualTo("大力加强海洋综合利用"); // the body's wording, not the contents'
        assertThat(c18.partNumber()).isEqualTo(5);
        assertThat(plan.chaptersOf(1)).extracting(Chapter::title).containsExactly("发展成效", "发展环境", "总体要求", "发展目标");
        assertThat(plan.chaptersOf(18)).extracting(Chapter::number).containsExactly(74, 75);
        assertThat(plan.chapters().get(74).title()).isEqualTo("健全规划实施机制");
    }

    @Test
    void everyChaptersSections() {
        assertThat(result.counts().sections()).isEqualTo(216);
        assertThat(plan.chapters().get(2).sections()).extracting(s -> s.title()).containsExactly("指导思想", "目标定位", "基本遵循");
        assertThat(plan.chapters().get(4).sections()).hasSize(5);
        assertThat(plan.chapters().get(17).sections().get(1).code()).isEqualTo("FZ-15.C18.S2");
        assertThat(plan.chapters().get(17).sections().get(1).title()).isEqualTo("强化涉海金融服务创新");
        assertThat(plan.chapters().get(74).sections()).extracting(s -> s.title())
                .containsExactly("发挥规划战略导向作用", "强化规划实施项目支撑", "加强规划实施组织保障");
        // chapters printed without sections keep their text as chapter body
        assertThat(plan.chapters().get(67).sections()).isEmpty();
        assertThat(plan.chapters().get(67).body()).isNotEmpty();
        for (Chapter chapter : plan.chapters()) {
            assertThat(chapter.sections()).extracting(s -> s.number())
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, chapter.sections().size()).boxed().toList());
        }
    }

    @Test
    void twentyThreeBoxesEachWithItems() {
        assertThat(plan.boxes()).extracting(Box::number).containsExactlyElementsOf(IntStream.rangeClosed(1, 23).boxed().toList());
        assertThat(plan.boxes()).allSatisfy(b -> assertThat(b.items()).isNotEmpty());
        Box b6 = plan.boxes().get(5);
        assertThat(b6.code()).isEqualTo("FZ-15.B06");
        assertThat(b6.title()).isEqualTo("海洋科技创新能力提升计划");
        assertThat(b6.chapterNumber()).isEqualTo(20);
        assertThat(b6.items().get(1).code()).isEqualTo("FZ-15.B06.2");
        assertThat(b6.items().get(1).label()).isEqualTo("“蓝色英才”计划");
        assertThat(b6.items().get(1).kind()).isEqualTo(BoxItemKind.PROGRAMME);
        assertThat(plan.boxes().get(13).title()).isEqualTo("“十五五”时期各县（市）区发展指引");
        assertThat(plan.boxes().get(13).items()).hasSize(12);
        assertThat(plan.boxes().get(13).items().get(1).label()).isEqualTo("鼓楼区");
        assertThat(plan.boxes().get(13).items().get(1).kind()).isEqualTo(BoxItemKind.DIRECTION);
    }

    @Test
    void boxItemsWrappedOverPageBreaksAreJoined() {
        assertThat(plan.boxes().get(1).items().get(0).text())
                .isEqualTo("数据标注基地建设工程。争创国家级数据标注基地，结合省级数据标注基地，推动在特色行业领域广泛开展数据标注工作，"
                        + "持续打造“智能标注闭环体系重塑AI数据工程”，构建涵盖数据采集、清洗、标注、质检、管理的全链条服务体系。");
        assertThat(plan.boxes().get(1).items()).extracting(i -> i.label())
                .containsExactly("数据标注基地建设工程", "高质量行业数据集建设工程", "智算能力提升工程");
        assertThat(plan.boxes().get(10).items().get(1).text()).endsWith("连江安捷海洋产业基地、连江达诚水产品加工与配送中心。");
    }

    @Test
    void boxGroupsAndUnlabelledItems() {
        Box b17 = plan.boxes().get(16);
        assertThat(b17.items()).extracting(i -> i.group()).containsOnly("城际交通网", "市域交通网", "城乡交通网");
        assertThat(b17.items().get(7).label()).isEqualTo("乡镇便捷通高速工程");
        Box b22 = plan.boxes().get(21);
        assertThat(b22.items()).singleElement().satisfies(i -> {
            assertThat(i.label()).isNull();
            assertThat(i.kind()).isEqualTo(BoxItemKind.OTHER);
            assertThat(i.text()).startsWith("深入实施“青榕工程”六大行动");
        });
    }

    @Test
    void twentyFiveIndicatorRowsTwentySixIndicators() {
        assertThat(result.counts().indicatorRows()).isEqualTo(25);
        assertThat(plan.indicators()).hasSize(26);
        assertThat(plan.indicators()).allSatisfy(i -> assertThat(i.target()).isNotNull());
        assertThat(plan.indicators()).allSatisfy(i -> assertThat(i.attribute()).isNotNull());
        assertThat(plan.indicators()).extracting(Indicator::category).containsOnly("经济发展", "创新驱动", "民生福祉", "绿色发展", "安全保障");
    }

    @Test
    void indicatorSamples() {
        Indicator i1 = indicator("FZ-15.I01");
        assertThat(i1.name()).isEqualTo("地区生产总值增长");
        assertThat(i1.unit()).isEqualTo("%");
        assertThat(i1.baseline().value()).isEqualByComparingTo("5.6");
        assertThat(i1.baseline().flags()).containsExactly(BaselineFlag.PRELIMINARY);
        assertThat(i1.target()).isEqualTo(new TypedTarget.AnnualGrowth(new BigDecimal("5.5"), Qualifier.ABOUT));
        assertThat(i1.attribute()).isEqualTo(IndicatorAttribute.EXPECTED);

        assertThat(indicator("FZ-15.I05").target()).isEqualTo(new TypedTarget.About(new BigDecimal("2160"), null));
        assertThat(indicator("FZ-15.I07").baseline().flags()).contains(BaselineFlag.LAGGED_YEAR);
        assertThat(indicator("FZ-15.I07").baseline().raw()).isEqualTo("3.5 [*]");
        assertThat(indicator("FZ-15.I09").baseline().flags()).containsExactly(BaselineFlag.MISSING);
        assertThat(indicator("FZ-15.I10").target()).isEqualTo(new TypedTarget.AtLeast(new BigDecimal("40"), false));
        assertThat(indicator("FZ-15.I11").target()).isEqualTo(new TypedTarget.Cumulative(new BigDecimal("60"), Qualifier.EXACT));
        assertThat(indicator("FZ-15.I13").attribute()).isEqualTo(IndicatorAttribute.BINDING);
        assertThat(indicator("FZ-15.I18").target()).isEqualTo(new TypedTarget.AssignedByHigherLevel("省", "完成省下达指标"));
        assertThat(indicator("FZ-15.I20").name()).isEqualTo("城市细颗粒物 (PM _{2.5}) 浓度");
        assertThat(indicator("FZ-15.I20").unit()).isEqualTo("微克/立方米");
        assertThat(indicator("FZ-15.I22").baseline().raw()).isEqualTo("地表水达到或好于Ⅲ类水体比例为100%");
        assertThat(indicator("FZ-15.I23").baseline().flags()).containsExactly(BaselineFlag.PENDING);
    }

    @Test
    void linkedTargetsResolveToTheGdpIndicator() {
        assertThat(indicator("FZ-15.I06").target()).isEqualTo(new TypedTarget.Linked(LinkRelation.ABOVE_BY, "FZ-15.I01",
                "同期地区生产总值增速", BigDecimal.ONE, Qualifier.ABOUT));
        assertThat(indicator("FZ-15.I12").target()).isEqualTo(new TypedTarget.Linked(LinkRelation.SAME_AS, "FZ-15.I01",
                "地区生产总值增长", null, Qualifier.EXACT));
    }

    @Test
    void splitRowBecomesOneIndicatorPerSubRow() {
        Indicator doctors = indicator("FZ-15.I14.1");
        Indicator nurses = indicator("FZ-15.I14.2");
        assertThat(doctors.name()).isEqualTo("执业医师数");
        assertThat(doctors.parentName()).isEqualTo("每千人口拥有医护人员数");
        assertThat(doctors.target()).isEqualTo(new TypedTarget.Absolute(new BigDecimal("4.1"), "人"));
        assertThat(nurses.name()).isEqualTo("注册护士数");
        assertThat(nurses.parentName()).isEqualTo("每千人口拥有医护人员数");
        assertThat(nurses.baseline().value()).isEqualByComparingTo("4.5");
        assertThat(nurses.category()).isEqualTo("民生福祉");
    }

    @Test
    void fourteenthPlanCompletionTable() {
        assertThat(plan.history()).hasSize(24);
        assertThat(plan.history().get(0).name()).isEqualTo("地区生产总值（GDP）");
        assertThat(plan.history().get(0).actual2025()).isEqualTo("1.51");
        assertThat(plan.history().get(0).actualGrowth()).isEqualTo("6.0%");
        assertThat(plan.history().get(23).planned2025()).isEqualTo("1800");
        assertThat(plan.historyNotes()).hasSize(6);
    }

    @Test
    void nothingDroppedAndFewWarnings() {
        List<String> missing = SourceCoverage.missing("FZ-15", result);
        assertThat(missing).isEmpty();
        assertThat(result.warnings()).hasSizeLessThanOrEqualTo(2);
    }

    private static Indicator indicator(String code) {
        return plan.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
