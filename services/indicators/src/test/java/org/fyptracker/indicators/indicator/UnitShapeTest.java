package org.fyptracker.indicators.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fyptracker.contracts.RuleViolation;
import org.junit.jupiter.api.Test;

class UnitShapeTest {

    private static String rule(String unit, String name, String value) {
        return UnitShape.violation(unit, name, new BigDecimal(value)).map(RuleViolation::rule).orElse("ok");
    }

    @Test
    void a_share_in_percent_lies_between_0_and_100() {
        assertThat(rule("%", "常住人口城镇化率", "75.25")).isEqualTo("ok");
        assertThat(rule("%", "常住人口城镇化率", "-1")).isEqualTo("percent-between-0-and-100");
        assertThat(rule("%", "森林覆盖率", "100.5")).isEqualTo("percent-between-0-and-100");
    }

    @Test
    void a_growth_rate_may_be_negative_but_not_below_minus_100() {
        assertThat(rule("%", "地区生产总值增长", "-2.1")).isEqualTo("ok");
        assertThat(rule("%", "单位地区生产总值二氧化碳排放降低", "3.6")).isEqualTo("ok");
        assertThat(rule("%", "地区生产总值增长", "-120")).isEqualTo("growth-rate-not-below-minus-100");
    }

    @Test
    void amounts_are_not_negative_and_counts_are_whole() {
        assertThat(rule("亿元", "地区生产总值（GDP）", "3512.6")).isEqualTo("ok");
        assertThat(rule("万人", "城镇新增就业人数", "-3")).isEqualTo("value-not-negative");
        assertThat(rule("家", "省级专精特新中小企业数量", "150.5")).isEqualTo("whole-number-for-count");
        assertThat(rule("百分点", "3岁以下婴幼儿入托率提高", "-1.2")).isEqualTo("ok");
    }

    @Test
    void years_of_schooling_and_ages_are_plausible_and_precision_is_bounded() {
        assertThat(rule("年", "劳动年龄人口平均受教育年限", "127")).isEqualTo("years-of-schooling-plausible");
        assertThat(rule("岁", "人均预期寿命", "80.4")).isEqualTo("ok");
        assertThat(rule("岁", "人均预期寿命", "80.123456")).isEqualTo("value-precision");
    }
}
