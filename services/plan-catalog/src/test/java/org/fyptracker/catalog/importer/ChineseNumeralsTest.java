package org.fyptracker.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @Test
    void headingNumerals() {
        assertThat(ChineseNumerals.parse("五")).isEqualTo(5);
        assertThat(ChineseNumerals.parse("十")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("十八")).isEqualTo(18);
        assertThat(ChineseNumerals.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumerals.parse("七十五")).isEqualTo(75);
        assertThat(ChineseNumerals.parse("一百零二")).isEqualTo(102);
        assertThat(ChineseNumerals.parse("12")).isEqualTo(12);
        assertThat(ChineseNumerals.parse("甲")).isEqualTo(-1);
    }
}
