package org.fyptracker.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.fyptracker.contracts.plans.LinkRelation;
import org.fyptracker.contracts.plans.Qualifier;
import org.fyptracker.contracts.plans.TypedTarget;
import org.junit.jupiter.api.Test;

/** Each target form as the two seeds write it. */
class TargetParserTest {

    @Test
    void plainNumberIsAbsoluteInTheRowsUnit() {
        assertThat(TargetParser.target("76", "%")).contains(new TypedTarget.Absolute(new BigDecimal("76"), "%"));
        assertThat(TargetParser.target("13.0", "年")).contains(new TypedTarget.Absolute(new BigDecimal("13.0"), "年"));
    }

    @Test
    void zuoyouIsAboutWithTheToleranceLeftOpen() {
        assertThat(TargetParser.target("2160左右", "亿元")).contains(new TypedTarget.About(new BigDecimal("2160"), null));
    }

    @Test
    void yishangAndGreaterThanAreAtLeast() {
        assertThat(TargetParser.target("4000 以上", "亿元")).contains(new TypedTarget.AtLeast(new BigDecimal("4000"), true));
        assertThat(TargetParser.target(">40", "%")).contains(new TypedTarget.AtLeast(new BigDecimal("40"), false));
        assertThat(TargetParser.target("≥95", "%")).contains(new TypedTarget.AtLeast(new BigDecimal("95"), true));
    }

    @Test
    void buchaoguoAndLessThanAreAtMost() {
        assertThat(TargetParser.target("不超过5", "%")).contains(new TypedTarget.AtMost(new BigDecimal("5"), true));
        assertThat(TargetParser.target("<35", "微克/立方米")).contains(new TypedTarget.AtMost(new BigDecimal("35"), false));
    }

    @Test
    void bracketedNumberIsCumulative() {
        assertThat(TargetParser.target("[7000]", "人")).contains(new TypedTarget.Cumulative(new BigDecimal("7000"), Qualifier.EXACT));
        assertThat(TargetParser.growth("[0.9]")).contains(new TypedTarget.Cumulative(new BigDecimal("0.9"), Qualifier.EXACT));
        assertThat(TargetParser.growth("[5以上]")).contains(new TypedTarget.Cumulative(new BigDecimal("5"), Qualifier.AT_LEAST));
    }

    @Test
    void numberInTheGrowthColumnIsAnnualGrowth() {
        assertThat(TargetParser.growth("5.5左右")).contains(new TypedTarget.AnnualGrowth(new BigDecimal("5.5"), Qualifier.ABOUT));
        assertThat(TargetParser.growth("8.2")).contains(new TypedTarget.AnnualGrowth(new BigDecimal("8.2"), Qualifier.EXACT));
        assertThat(TargetParser.growth("7.0%")).contains(new TypedTarget.AnnualGrowth(new BigDecimal("7.0"), Qualifier.EXACT));
    }

    @Test
    void assignedByTheProvinceOrTheCity() {
        assertThat(TargetParser.target("完成省下达指标", "%"))
                .contains(new TypedTarget.AssignedByHigherLevel("省", "完成省下达指标"));
        assertThat(TargetParser.target("完成市下达指标", "人次"))
                .contains(new TypedTarget.AssignedByHigherLevel("市", "完成市下达指标"));
    }

    @Test
    void inStepWithAnotherIndicator() {
        assertThat(TargetParser.target("与地区生产总值增长同步", "%")).contains(
                new TypedTarget.Linked(LinkRelation.SAME_AS, null, "地区生产总值增长", null, Qualifier.EXACT));
        assertThat(TargetParser.target("与经济增长基本同步", "%")).contains(
                new TypedTarget.Linked(LinkRelation.SAME_AS, null, "经济增长", null, Qualifier.EXACT));
    }

    @Test
    void aboveAnotherIndicatorByPoints() {
        assertThat(TargetParser.target("年均增速高于同期地区生产总值增速1个百分点左右", "亿元")).contains(
                new TypedTarget.Linked(LinkRelation.ABOVE_BY, null, "同期地区生产总值增速", BigDecimal.ONE, Qualifier.ABOUT));
    }

    @Test
    void notExceedingAnotherIndicator() {
        assertThat(TargetParser.target("不超过福州市亿元 GDP 生产安全事故死亡率", "%")).contains(
                new TypedTarget.Linked(LinkRelation.NOT_EXCEEDING, null, "福州市亿元 GDP 生产安全事故死亡率", null,
                        Qualifier.AT_MOST));
    }

    @Test
    void wordsWithoutANumberAreQualitative() {
        assertThat(TargetParser.target("力争达到高等发达国家水平", "万元"))
                .contains(new TypedTarget.Qualitative("力争达到高等发达国家水平"));
    }

    @Test
    void dashAndBlankStateNothing() {
        assertThat(TargetParser.target("-", "%")).isEmpty();
        assertThat(TargetParser.target("—", "%")).isEmpty();
        assertThat(TargetParser.growth("")).isEmpty();
    }

    @Test
    void growthNamedRowWithItsRateInTheTargetColumnIsAnnualGrowth() {
        assertThat(IndicatorTargetRule.choose("服务业增加值增长", "%", "5", ""))
                .isEqualTo(new TypedTarget.AnnualGrowth(new BigDecimal("5"), Qualifier.EXACT));
        assertThat(IndicatorTargetRule.choose("数字经济核心产业增加值增长", "%", "10 以上", ""))
                .isEqualTo(new TypedTarget.AnnualGrowth(new BigDecimal("10"), Qualifier.AT_LEAST));
    }

    @Test
    void targetCellWinsOverTheGrowthCell() {
        assertThat(IndicatorTargetRule.choose("常住人口城镇化率", "%", "76", "[1.0]"))
                .isEqualTo(new TypedTarget.Absolute(new BigDecimal("76"), "%"));
        assertThat(IndicatorTargetRule.choose("地区生产总值增长", "%", "-", "5.5左右"))
                .isEqualTo(new TypedTarget.AnnualGrowth(new BigDecimal("5.5"), Qualifier.ABOUT));
    }
}
