package org.fyptracker.tracking.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RebuildProgressTest {

    @Test
    void percent_rate_and_eta_follow_from_the_counts_and_the_time() {
        RebuildProgress.Figures f = RebuildProgress.figures(250, 1000, 5.0, false);
        assertThat(f.percent()).isEqualTo(25.0);
        assertThat(f.eventsPerSecond()).isEqualTo(50.0);
        assertThat(f.etaSeconds()).isEqualTo(15L);
    }

    @Test
    void before_any_progress_there_is_no_eta_and_once_done_it_is_zero() {
        assertThat(RebuildProgress.figures(0, 1000, 1.0, false).etaSeconds()).isNull();
        assertThat(RebuildProgress.figures(1000, 1000, 4.0, true).etaSeconds()).isZero();
        assertThat(RebuildProgress.figures(0, 0, 0, true).percent()).isEqualTo(100.0);
    }
}
