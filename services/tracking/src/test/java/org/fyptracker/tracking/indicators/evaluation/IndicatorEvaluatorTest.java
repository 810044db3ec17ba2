package org.fyptracker.tracking.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fyptracker.contracts.plans.IndicatorAttribute.BINDING;
import static org.fyptracker.contracts.plans.IndicatorAttribute.EXPECTED;
import static org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.ACHIEVED;
import static org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.BEHIND;
import static org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.NOT_SCORED;
import static org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.NO_DATA;
import static org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.OFF_TRACK;
import static org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.ON_TRACK;
import static org.fyptracker.tracking.indicators.evaluation.IndicatorStatus.PENDING_ASSIGNMENT;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.fyptracker.contracts.plans.IndicatorAttribute;
import org.fyptracker.contracts.plans.LinkRelation;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The evaluation rules, one target type at a time, with the real rows of 福州市“十五五”主要指标表 (FZ-15)
 * and 鼓楼区“十五五”主要指标 (GL-15). Observed figures are made up; definitions are the plans'.
 */
class IndicatorEvaluatorTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** A series under test: definition from the plan, then figures by period ("2026", or "2026*" for 错年值). */
    private static Series series(String code, String name, String unit, IndicatorAttribute attribute, String baseline,
                                 boolean baselineLagged, TypedTarget target, String... figures) {
        Map<Integer, Reading> readings = new HashMap<>();
        for (int i = 0; i < figures.length; i += 2) {
            boolean lagged = figures[i].endsWith("*");
            String period = figures[i].replace("*", "");
            readings.put(Integer.parseInt(period), new Reading(period, n(figures[i + 1]), lagged));
        }
        return new Series(code, name, unit, attribute, baseline == null ? null : n(baseline), baselineLagged, target, readings);
    }

    private static Evaluation evaluate(Series own, int year) {
        return IndicatorEvaluator.evaluate(own, null, year);
    }

    @Nested
    class StraightLine {

        /** FZ-15 row 4: 常住人口城镇化率 % 74.99 → 76 [1.0], 预期性. */
        private Series urbanisation(String... figures) {
            return series("FZ-15.I04", "常住人口城镇化率", "%", EXPECTED, "74.99", false,
                    new TypedTarget.Absolute(n("76"), "%"), figures);
        }

        @Test
        void urbanisation_above_the_straight_line_from_74_99_to_76_is_on_track() {
            Evaluation e = evaluate(urbanisation("2026", "75.25"), 2026);
            assertThat(e.status()).isEqualTo(ON_TRACK);
            assertThat(e.rule()).isEqualTo("straight-line");
            assertThat(e.expected()).isEqualByComparingTo("75.192");
            assertThat(e.observed()).isEqualByComparingTo("75.25");
            assertThat(e.explanation()).contains("74.99", "76", "75.192", "75.25");
            assertThat(e.alarm()).isFalse();
        }

        @Test
        void urbanisation_with_half_the_expected_progress_is_behind_and_with_less_off_track() {
            assertThat(evaluate(urbanisation("2026", "75.10"), 2026).status()).isEqualTo(BEHIND);
            assertThat(evaluate(urbanisation("2026", "74.95"), 2026).status()).isEqualTo(OFF_TRACK);
        }

        @Test
        void urbanisation_reaching_76_before_2030_is_achieved() {
            assertThat(evaluate(urbanisation("2028", "76.10"), 2028).status()).isEqualTo(ACHIEVED);
        }

        @Test
        void the_final_2025_figure_replaces_the_preliminary_baseline_as_the_start_of_the_line() {
            Evaluation e = evaluate(urbanisation("2025", "75.02", "2026", "75.21"), 2026);
            assertThat(e.expected()).isEqualByComparingTo("75.216");
            assertThat(e.status()).isEqualTo(BEHIND);
            assertThat(e.explanation()).contains("2025 figure");
        }

        @Test
        void a_year_without_a_figure_has_no_data() {
            Evaluation e = evaluate(urbanisation("2026", "75.25"), 2027);
            assertThat(e.status()).isEqualTo(NO_DATA);
            assertThat(e.explanation()).contains("no figure for 2027");
        }

        /** FZ-15 row 13: 劳动年龄人口平均受教育年限 年 12.7 → 13.0 [0.3], 约束性. */
        @Test
        void a_binding_indicator_behind_or_off_track_raises_an_alarm() {
            TypedTarget thirteen = new TypedTarget.Absolute(n("13.0"), "年");
            Evaluation off = evaluate(series("FZ-15.I13", "劳动年龄人口平均受教育年限", "年", BINDING, "12.7", false, thirteen,
                    "2026", "12.72"), 2026);
            assertThat(off.expected()).isEqualByComparingTo("12.76");
            assertThat(off.status()).isEqualTo(OFF_TRACK);
            assertThat(off.alarm()).isTrue();
            Evaluation behind = evaluate(series("FZ-15.I13", "劳动年龄人口平均受教育年限", "年", BINDING, "12.7", false, thirteen,
                    "2026", "12.74"), 2026);
            assertThat(behind.status()).isEqualTo(BEHIND);
            assertThat(behind.alarm()).isTrue();
            Evaluation onTrack = evaluate(series("FZ-15.I13", "劳动年龄人口平均受教育年限", "年", BINDING, "12.7", false, thirteen,
                    "2026", "12.8"), 2026);
            assertThat(onTrack.alarm()).isFalse();
        }

        /** FZ-15 row 17: 养老机构护理型床位占比 % 70 → 75左右: the plan states no tolerance, so 2 % of 75 (±1.5). */
        @Test
        void about_allows_its_tolerance() {
            Series beds = series("FZ-15.I17", "养老机构护理型床位占比", "%", EXPECTED, "70", false,
                    new TypedTarget.About(n("75"), null), "2026", "69.8", "2030", "73.6");
            Evaluation first = evaluate(beds, 2026);
            assertThat(first.expected()).isEqualByComparingTo("71");
            assertThat(first.status()).isEqualTo(ON_TRACK);
            assertThat(first.explanation()).contains("左右 ±1.5");
            assertThat(evaluate(beds, 2030).status()).isEqualTo(ACHIEVED);
        }

        /** GL-15 row 3: 全员劳动生产率 万元/人 102.9* → 130: the baseline is 2024 data, so the line starts in 2024. */
        @Test
        void a_lagged_baseline_starts_the_line_a_year_earlier_and_a_lagged_figure_is_compared_a_year_earlier() {
            Series productivity = series("GL-15.I03", "全员劳动生产率", "万元/人", EXPECTED, "102.9", true,
                    new TypedTarget.Absolute(n("130"), "万元/人"), "2026*", "108");
            Evaluation e = evaluate(productivity, 2026);
            assertThat(e.expected()).isEqualByComparingTo("107.4167");
            assertThat(e.status()).isEqualTo(ON_TRACK);
            assertThat(e.explanation()).contains("错年值", "2025 data");
        }
    }

    @Nested
    class Bounds {

        /** GL-15 row 1: 地区生产总值（GDP） 亿元 3368.43 → 4000 以上. */
        private Series gulouGdp(String... figures) {
            return series("GL-15.I01", "地区生产总值（GDP）", "亿元", EXPECTED, "3368.43", false,
                    new TypedTarget.AtLeast(n("4000"), true), figures);
        }

        @Test
        void gulou_gdp_is_measured_against_the_line_from_3368_43_to_4000() {
            Evaluation e = evaluate(gulouGdp("2026", "3530"), 2026);
            assertThat(e.expected()).isEqualByComparingTo("3494.744");
            assertThat(e.status()).isEqualTo(ON_TRACK);
            assertThat(e.explanation()).contains("≥4000", "3494.744");
            assertThat(evaluate(gulouGdp("2026", "3450"), 2026).status()).isEqualTo(BEHIND);
            assertThat(evaluate(gulouGdp("2026", "3400"), 2026).status()).isEqualTo(OFF_TRACK);
        }

        @Test
        void gulou_gdp_of_4000_or_more_is_achieved() {
            assertThat(evaluate(gulouGdp("2030", "4000"), 2030).status()).isEqualTo(ACHIEVED);
            assertThat(evaluate(gulouGdp("2030", "3990"), 2030).status()).isEqualTo(BEHIND);
        }

        /** FZ-15 row 10: 工业战略性新兴产业产值占规上工业产值比重 % 43.45 [*] → >40: the baseline already meets it. */
        @Test
        void a_bound_the_baseline_already_meets_is_achieved_while_it_holds_and_off_track_when_it_breaks() {
            TypedTarget moreThan40 = new TypedTarget.AtLeast(n("40"), false);
            assertThat(evaluate(series("FZ-15.I10", "工业战略性新兴产业产值占规上工业产值比重", "%", EXPECTED, "43.45", true,
                    moreThan40, "2026", "44.1"), 2026).status()).isEqualTo(ACHIEVED);
            assertThat(evaluate(series("FZ-15.I10", "工业战略性新兴产业产值占规上工业产值比重", "%", EXPECTED, "43.45", true,
                    moreThan40, "2026", "40"), 2026).status()).isEqualTo(OFF_TRACK);
        }

        /** FZ-15 row 20: PM2.5 17.3, 约束性, once the province assigns a ceiling: lower is better. */
        @Test
        void a_ceiling_makes_lower_better() {
            TypedTarget ceiling = new TypedTarget.AtMost(n("16.5"), true);
            Evaluation e = evaluate(series("FZ-15.I20", "城市细颗粒物 (PM _{2.5}) 浓度", "微克/立方米", BINDING, "17.3", false,
                    ceiling, "2026", "17.2"), 2026);
            assertThat(e.expected()).isEqualByComparingTo("17.14");
            assertThat(e.status()).isEqualTo(BEHIND);
            assertThat(e.alarm()).isTrue();
            assertThat(e.explanation()).contains("lower is better");
            assertThat(evaluate(series("FZ-15.I20", "城市细颗粒物 (PM _{2.5}) 浓度", "微克/立方米", BINDING, "17.3", false,
                    ceiling, "2026", "16.4"), 2026).status()).isEqualTo(ACHIEVED);
        }
    }

    @Nested
    class AnnualGrowth {

        /** FZ-15 row 1: 地区生产总值增长 % 5.6, 年均增长 5.5左右. */
        private Series gdpGrowth(String... figures) {
            return series("FZ-15.I01", "地区生产总值增长", "%", EXPECTED, "5.6", false,
                    new TypedTarget.AnnualGrowth(n("5.5"), Qualifier.ABOUT), figures);
        }

        @Test
        void gdp_growth_about_5_5_allows_half_a_point() {
            assertThat(evaluate(gdpGrowth("2026", "5.6"), 2026).status()).isEqualTo(ON_TRACK);
            assertThat(evaluate(gdpGrowth("2026", "5.1"), 2026).status()).isEqualTo(ON_TRACK);
            assertThat(evaluate(gdpGrowth("2026", "4.6"), 2026).status()).isEqualTo(BEHIND);
            assertThat(evaluate(gdpGrowth("2026", "2.0"), 2026).status()).isEqualTo(OFF_TRACK);
        }

        @Test
        void yearly_rates_are_compounded_since_2025() {
            Evaluation e = evaluate(gdpGrowth("2026", "5.6", "2027", "5.2"), 2027);
            assertThat(e.rule()).isEqualTo("annual-growth");
            assertThat(e.observed()).isEqualByComparingTo("5.3998");
            assertThat(e.expected()).isEqualByComparingTo("5.5");
            assertThat(e.explanation()).contains("2026: 5.6%", "2027: 5.2%", "左右");
        }

        @Test
        void in_2030_the_five_year_average_meeting_the_rate_is_achieved() {
            Evaluation e = evaluate(gdpGrowth("2026", "5.6", "2027", "5.5", "2028", "5.4", "2029", "5.6", "2030", "5.5"), 2030);
            assertThat(e.status()).isEqualTo(ACHIEVED);
        }

        /** GL-15 row 8: 数字经济核心产业增加值增长 % "10 以上": no tolerance below the rate. */
        @Test
        void a_rate_with_yishang_needs_the_rate_itself() {
            Series digital = series("GL-15.I08", "数字经济核心产业增加值增长", "%", EXPECTED, null, false,
                    new TypedTarget.AnnualGrowth(n("10"), Qualifier.AT_LEAST), "2026", "9.8");
            assertThat(evaluate(digital, 2026).status()).isEqualTo(BEHIND);
        }

        /** FZ-15 row 5's 年均增长 7 read as the target of the level: 文旅经济增加值 亿元 1545 growing 7 % a year. */
        @Test
        void a_level_grows_by_the_compound_rate_from_its_start() {
            Series tourism = series("FZ-15.I05", "文旅经济增加值", "亿元", EXPECTED, "1545", false,
                    new TypedTarget.AnnualGrowth(n("7"), Qualifier.EXACT), "2027", "1780");
            Evaluation e = evaluate(tourism, 2027);
            assertThat(e.observed()).isEqualByComparingTo("7.3361");
            assertThat(e.status()).isEqualTo(ON_TRACK);
            assertThat(e.explanation()).contains("from 2025 1545 to 2027 1780");
        }
    }

    @Nested
    class Cumulative {

        /** FZ-15 row 11: 城镇新增就业人数 万人 13.20, [60] over five years. */
        private Series newJobs(String... figures) {
            return series("FZ-15.I11", "城镇新增就业人数", "万人", EXPECTED, "13.20", false,
                    new TypedTarget.Cumulative(n("60"), Qualifier.EXACT), figures);
        }

        @Test
        void new_jobs_run_against_the_pro_rata_share_of_60() {
            Evaluation first = evaluate(newJobs("2026", "13.2"), 2026);
            assertThat(first.rule()).isEqualTo("cumulative-pro-rata");
            assertThat(first.expected()).isEqualByComparingTo("12");
            assertThat(first.observed()).isEqualByComparingTo("13.2");
            assertThat(first.status()).isEqualTo(ON_TRACK);
            Evaluation second = evaluate(newJobs("2026", "13.2", "2027", "9.0"), 2027);
            assertThat(second.expected()).isEqualByComparingTo("24");
            assertThat(second.observed()).isEqualByComparingTo("22.2");
            assertThat(second.status()).isEqualTo(BEHIND);
        }

        @Test
        void a_year_not_reported_counts_as_nothing_and_is_named() {
            Evaluation e = evaluate(newJobs("2026", "13.2", "2028", "12.5"), 2028);
            assertThat(e.observed()).isEqualByComparingTo("25.7");
            assertThat(e.expected()).isEqualByComparingTo("36");
            assertThat(e.status()).isEqualTo(BEHIND);
            assertThat(e.explanation()).contains("counted as 0: 2027");
        }

        @Test
        void sixty_in_total_is_achieved() {
            assertThat(evaluate(newJobs("2026", "13", "2027", "12.5", "2028", "12.2", "2029", "11.8", "2030", "11"), 2030)
                    .status()).isEqualTo(ACHIEVED);
        }

        /** GL-15 row 12: 城镇新增就业人数 万人 2.4, [11]. */
        @Test
        void gulou_new_jobs_against_11() {
            Series gulou = series("GL-15.I12", "城镇新增就业人数", "万人", EXPECTED, "2.4", false,
                    new TypedTarget.Cumulative(n("11"), Qualifier.EXACT), "2026", "2.3");
            Evaluation e = evaluate(gulou, 2026);
            assertThat(e.expected()).isEqualByComparingTo("2.2");
            assertThat(e.status()).isEqualTo(ON_TRACK);
        }
    }

    @Nested
    class Linked {

        private final Series cityGdpGrowth = series("FZ-15.I01", "地区生产总值增长", "%", EXPECTED, "5.6", false,
                new TypedTarget.AnnualGrowth(n("5.5"), Qualifier.ABOUT), "2026", "5.6");

        /** FZ-15 row 12: 居民人均可支配收入增长 % 4.9, 与地区生产总值增长同步. */
        private Series income(String... figures) {
            return series("FZ-15.I12", "居民人均可支配收入增长", "%", EXPECTED, "4.9", false,
                    new TypedTarget.Linked(LinkRelation.SAME_AS, "FZ-15.I01", "地区生产总值增长", null, Qualifier.EXACT), figures);
        }

        @Test
        void income_growth_in_step_with_gdp_growth_is_on_track() {
            Evaluation e = IndicatorEvaluator.evaluate(income("2026", "5.3"), cityGdpGrowth, 2026);
            assertThat(e.status()).isEqualTo(ON_TRACK);
            assertThat(e.rule()).isEqualTo("linked-same-as");
            assertThat(e.expected()).isEqualByComparingTo("5.6");
            assertThat(e.explanation()).contains("FZ-15.I01", "地区生产总值增长", "5.6", "5.3");
        }

        @Test
        void income_growth_lagging_gdp_growth_is_behind() {
            assertThat(IndicatorEvaluator.evaluate(income("2026", "4.9"), cityGdpGrowth, 2026).status()).isEqualTo(BEHIND);
            assertThat(IndicatorEvaluator.evaluate(income("2026", "2.5"), cityGdpGrowth, 2026).status()).isEqualTo(OFF_TRACK);
        }

        @Test
        void without_the_linked_figure_of_the_same_year_there_is_no_data() {
            Evaluation e = IndicatorEvaluator.evaluate(income("2027", "5.0"), cityGdpGrowth, 2027);
            assertThat(e.status()).isEqualTo(NO_DATA);
            assertThat(e.explanation()).contains("waiting for FZ-15.I01");
        }

        /** FZ-15 row 6: 海洋生产总值 亿元, 年均增速高于同期地区生产总值增速1个百分点左右: a level, so its growth is computed. */
        @Test
        void ocean_economy_growth_one_point_above_gdp_growth() {
            Series ocean = series("FZ-15.I06", "海洋生产总值", "亿元", EXPECTED, null, false,
                    new TypedTarget.Linked(LinkRelation.ABOVE_BY, "FZ-15.I01", "同期地区生产总值增速", n("1"), Qualifier.ABOUT),
                    "2025", "3800", "2026", "4040");
            Evaluation e = IndicatorEvaluator.evaluate(ocean, cityGdpGrowth, 2026);
            assertThat(e.rule()).isEqualTo("linked-above-by");
            assertThat(e.expected()).isEqualByComparingTo("6.6");
            assertThat(e.observed()).isEqualByComparingTo("6.3158");
            assertThat(e.status()).isEqualTo(ON_TRACK);
        }

        /** GL-15 row 11: 城镇居民人均可支配收入增长, 与经济增长基本同步 — linked to GL-15 row 1, a level in 亿元. */
        @Test
        void gulou_income_growth_against_the_growth_of_gulou_gdp() {
            Series gulouGdp = series("GL-15.I01", "地区生产总值（GDP）", "亿元", EXPECTED, "3368.43", false,
                    new TypedTarget.AtLeast(n("4000"), true), "2026", "3530");
            Series income = series("GL-15.I11", "城镇居民人均可支配收入增长", "%", EXPECTED, "4.5", false,
                    new TypedTarget.Linked(LinkRelation.SAME_AS, "GL-15.I01", "经济增长", null, Qualifier.EXACT), "2026", "4.8");
            Evaluation e = IndicatorEvaluator.evaluate(income, gulouGdp, 2026);
            assertThat(e.expected()).isEqualByComparingTo("4.7966");
            assertThat(e.status()).isEqualTo(ON_TRACK);
        }

        /**
         * GL-15 row 23: 亿元 GDP 生产安全事故死亡率, 约束性, 不超过福州市亿元 GDP 生产安全事故死亡率 — a district
         * ceiling linked to a city figure (tracked under a city code; FZ-15's main table does not list it).
         */
        @Test
        void a_district_ceiling_linked_to_the_city_figure_holds_or_breaks() {
            Series city = series("FZ-15.I90", "福州市亿元GDP生产安全事故死亡率", "%", EXPECTED, null, false,
                    new TypedTarget.Qualitative(""), "2026", "0.012");
            TypedTarget notExceeding = new TypedTarget.Linked(LinkRelation.NOT_EXCEEDING, "FZ-15.I90",
                    "福州市亿元 GDP 生产安全事故死亡率", null, Qualifier.AT_MOST);
            Evaluation holds = IndicatorEvaluator.evaluate(series("GL-15.I23", "亿元 GDP 生产安全事故死亡率", "%", BINDING, null,
                    false, notExceeding, "2026", "0.010"), city, 2026);
            assertThat(holds.status()).isEqualTo(ON_TRACK);
            assertThat(holds.rule()).isEqualTo("linked-not-exceeding");
            Evaluation breaks = IndicatorEvaluator.evaluate(series("GL-15.I23", "亿元 GDP 生产安全事故死亡率", "%", BINDING, null,
                    false, notExceeding, "2026", "0.015"), city, 2026);
            assertThat(breaks.status()).isEqualTo(OFF_TRACK);
            assertThat(breaks.alarm()).isTrue();
        }

        @Test
        void a_link_to_an_indicator_not_tracked_has_no_data() {
            Evaluation e = IndicatorEvaluator.evaluate(income("2026", "5.0"), null, 2026);
            assertThat(e.status()).isEqualTo(NO_DATA);
            assertThat(e.explanation()).contains("FZ-15.I01 is not tracked");
        }
    }

    @Nested
    class AssignedAndQualitative {

        /** FZ-15 row 23: 森林覆盖率 %, 完成省下达指标, 约束性; the 2025 cell is blank (待统计). */
        private Series forest(TypedTarget target, String... figures) {
            return series("FZ-15.I23", "森林覆盖率", "%", BINDING, null, false, target, figures);
        }

        @Test
        void forest_cover_is_pending_until_the_province_assigns_its_number() {
            Evaluation e = evaluate(forest(new TypedTarget.AssignedByHigherLevel("省", "完成省下达指标"), "2026", "58.2"), 2026);
            assertThat(e.status()).isEqualTo(PENDING_ASSIGNMENT);
            assertThat(e.alarm()).isFalse();
            assertThat(e.observed()).isEqualByComparingTo("58.2");
            assertThat(e.explanation()).contains("完成省下达指标", "省");
        }

        @Test
        void once_assigned_forest_cover_is_evaluated_as_its_type_says() {
            TypedTarget assigned = new TypedTarget.AtLeast(n("58.1"), true);
            assertThat(evaluate(forest(assigned, "2026", "58.2"), 2026).status()).isEqualTo(ACHIEVED);
            Evaluation below = evaluate(forest(assigned, "2026", "57.9"), 2026);
            assertThat(below.status()).isEqualTo(BEHIND);
            assertThat(below.alarm()).isTrue();
            assertThat(below.explanation()).contains("without a 2025 value");
        }

        /** GL-15 row 2: 人均地区生产总值 万元 49.1 → 力争达到高等发达国家水平. */
        @Test
        void a_target_in_words_is_reported_but_never_scored() {
            Series perCapita = series("GL-15.I02", "人均地区生产总值", "万元", EXPECTED, "49.1", false,
                    new TypedTarget.Qualitative("力争达到高等发达国家水平"), "2026", "51.3");
            Evaluation e = evaluate(perCapita, 2026);
            assertThat(e.status()).isEqualTo(NOT_SCORED);
            assertThat(e.observed()).isEqualByComparingTo("51.3");
            assertThat(e.explanation()).contains("力争达到高等发达国家水平");
        }
    }

    @Test
    void every_year_of_the_plan_is_answered() {
        Series jobs = series("FZ-15.I11", "城镇新增就业人数", "万人", EXPECTED, "13.20", false,
                new TypedTarget.Cumulative(n("60"), Qualifier.EXACT), "2026", "13.2");
        assertThat(IndicatorEvaluator.evaluateAll(jobs, null)).extracting(Evaluation::year)
                .containsExactly(2026, 2027, 2028, 2029, 2030);
        assertThat(IndicatorEvaluator.evaluateAll(jobs, null)).extracting(Evaluation::status)
                .containsExactly(ON_TRACK, NO_DATA, NO_DATA, NO_DATA, NO_DATA);
    }
}
