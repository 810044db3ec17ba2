package org.fyptracker.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fyptracker.contracts.plans.Indicator;
import org.fyptracker.contracts.plans.Plan;
import org.junit.jupiter.api.Test;

/** Where the seed plans' own text names their main indicators (docs/plan-catalog.md, "Indicator placement"). */
class IndicatorMentionsTest {

    private static final Plan FUZHOU = SeedPlans.importSeed("FZ-15", null).plan();
    private static final Plan GULOU = SeedPlans.importSeed("GL-15", "FZ-15").plan();

    private static List<String> mentions(Plan plan, String code) {
        return plan.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().mentionedIn();
    }

    @Test
    void fuzhou_air_quality_and_carbon_land_in_the_ecology_chapters_of_part_16() {
        // 第六十五章 (part 16, 生态福地) 第三节 says 稳步降低颗粒物浓度，空气质量稳定保持…; 第六十六章 the 碳排放双控
        assertThat(mentions(FUZHOU, "FZ-15.I20")).containsExactly("FZ-15.C65.S3");
        assertThat(mentions(FUZHOU, "FZ-15.I21")).contains("FZ-15.C65.S3");
        assertThat(mentions(FUZHOU, "FZ-15.I18")).containsExactly("FZ-15.C66.S1");
    }

    @Test
    void a_name_inside_a_longer_indicator_name_is_not_a_mention_of_the_shorter_one() {
        Indicator gdp = FUZHOU.indicators().get(0);
        Indicator perHead = FUZHOU.indicators().get(1);
        Indicator carbon = FUZHOU.indicators().stream().filter(i -> i.code().equals("FZ-15.I18")).findFirst().orElseThrow();
        Map<Indicator, List<String>> names = Map.of(gdp, IndicatorNames.of(gdp), perHead, IndicatorNames.of(perHead),
                carbon, IndicatorNames.of(carbon));
        assertThat(IndicatorMentions.named("人均地区生产总值达到15万元", names)).containsExactly(perHead);
        assertThat(IndicatorMentions.named("单位地区生产总值二氧化碳排放持续下降", names)).containsExactly(carbon);
        assertThat(IndicatorMentions.named("地区生产总值年均增长5.5%，人均地区生产总值同步增长", names))
                .containsExactlyInAnyOrder(gdp, perHead);
    }

    @Test
    void core_names_drop_brackets_markup_spaces_and_direction_words() {
        assertThat(IndicatorNames.core("城市细颗粒物 (PM _{2.5}) 浓度")).isEqualTo("城市细颗粒物浓度");
        assertThat(IndicatorNames.core("地区生产总值（GDP）")).isEqualTo("地区生产总值");
        assertThat(IndicatorNames.core("3 岁以下婴幼儿入托率")).isEqualTo("3岁以下婴幼儿入托率");
        assertThat(IndicatorNames.core("单位地区生产总值二氧化碳排放降低")).isEqualTo("单位地区生产总值二氧化碳排放");
    }

    @Test
    void a_sub_row_is_also_named_by_its_split_row() {
        Indicator doctors = FUZHOU.indicators().stream().filter(i -> i.code().equals("FZ-15.I14.1")).findFirst().orElseThrow();
        assertThat(IndicatorNames.of(doctors)).containsExactly("执业医师数", "每千人口拥有医护人员数");
    }

    @Test
    void gulou_green_cover_and_safety_land_in_their_chapters() {
        assertThat(mentions(GULOU, "GL-15.I22")).containsExactly("GL-15.C10.S3");
        assertThat(mentions(GULOU, "GL-15.I23")).containsExactly("GL-15.C11.S3");
        assertThat(mentions(GULOU, "GL-15.I01")).containsExactly("GL-15.C01.S1", "GL-15.C02.S4");
    }

    @Test
    void counts_placed_and_unplaced_as_documented() {
        assertThat(unplaced(FUZHOU)).containsExactly("FZ-15.I03", "FZ-15.I04", "FZ-15.I08", "FZ-15.I10", "FZ-15.I13",
                "FZ-15.I14.1", "FZ-15.I14.2", "FZ-15.I16", "FZ-15.I19", "FZ-15.I23", "FZ-15.I25");
        assertThat(FUZHOU.indicators()).hasSize(26);
        assertThat(unplaced(GULOU)).containsExactly("GL-15.I03", "GL-15.I04", "GL-15.I08", "GL-15.I11", "GL-15.I12",
                "GL-15.I13", "GL-15.I15", "GL-15.I16", "GL-15.I18", "GL-15.I19");
        assertThat(GULOU.indicators()).hasSize(23);
    }

    private static List<String> unplaced(Plan plan) {
        return plan.indicators().stream().filter(i -> i.mentionedIn().isEmpty()).map(Indicator::code).toList();
    }
}
