package org.fyptracker.tracking.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.fyptracker.tracking.indicators.evaluation.Evaluation;
import org.fyptracker.tracking.indicators.evaluation.IndicatorStatus;
import org.junit.jupiter.api.Test;

/** The public answer of an indicator: its figures and evaluations, not who wrote them nor the reporters' notes. */
class PublishedIndicatorTest {

    @Test
    void the_published_indicator_keeps_figures_revisions_and_evaluations_and_drops_history_and_notes() {
        IndicatorView.Figure figure = new IndicatorView.Figure();
        figure.period = "2026";
        figure.value = new BigDecimal("75.25");
        figure.kind = "FINAL";
        figure.source = "福州统计年鉴";
        figure.note = "内部核对：与快报差0.1";
        figure.department = "fz-stats";
        figure.recordedAt = Instant.parse("2027-03-01T02:00:00Z");
        IndicatorView.Replaced preliminary = new IndicatorView.Replaced();
        preliminary.value = new BigDecimal("75.15");
        preliminary.kind = "PRELIMINARY";
        figure.replaced.add(preliminary);
        IndicatorView.HistoryEntry written = new IndicatorView.HistoryEntry();
        written.type = "ObservationRevised";
        written.client = "fz-stats-reporting";
        Evaluation onTrack = new Evaluation(2026, IndicatorStatus.ON_TRACK, false, "straight-line", new BigDecimal("75.192"),
                new BigDecimal("75.25"), "straight line from 2025 74.99 (plan baseline) to 2030 76 expects 75.192 in 2026");
        IndicatorReport full = new IndicatorReport("FZ-15.I04", "FZ-15", "经济发展", "常住人口城镇化率", null, "%", "EXPECTED",
                null, "76", "[1.0]", null, null, null, List.of("fz-stats"), List.of(figure), List.of(), List.of(written),
                List.of(onTrack), onTrack, false, null);

        IndicatorReport published = full.published();

        assertThat(published.history()).isNull();
        assertThat(published.observations()).singleElement().satisfies(f -> {
            assertThat(f.note).isNull();
            assertThat(f.value).isEqualByComparingTo("75.25");
            assertThat(f.kind).isEqualTo("FINAL");
            assertThat(f.source).isEqualTo("福州统计年鉴");
            assertThat(f.department).isEqualTo("fz-stats");
            assertThat(f.replaced).extracting(r -> r.value).containsExactly(new BigDecimal("75.15"));
        });
        assertThat(published.years()).containsExactly(onTrack);
        assertThat(published.responsibleDepartments()).containsExactly("fz-stats");
        assertThat(full.observations().get(0).note).as("the full answer is left as it was").isEqualTo("内部核对：与快报差0.1");
        assertThat(full.history()).hasSize(1);
    }
}
