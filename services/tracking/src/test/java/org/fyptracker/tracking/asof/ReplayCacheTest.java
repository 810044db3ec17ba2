package org.fyptracker.tracking.asof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** When a replayed "as of" answer is reused, and when it must be replayed again. */
class ReplayCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2028, 7, 1);
    private static final LocalDate MID_TERM = LocalDate.of(2028, 6, 30);

    /** Counts the replays, and answers with the day and the replay's number. */
    private final List<LocalDate> replays = new ArrayList<>();
    /** What the logs hold, as the stamp the cache compares. */
    private final AtomicReference<Long> logged = new AtomicReference<>(2043L);

    private Supplier<String> replayOf(LocalDate date) {
        return () -> {
            replays.add(date);
            return date + "#" + replays.size();
        };
    }

    private String ask(ReplayCache<String> cache, LocalDate date) {
        return cache.get(date, TODAY, logged::get, replayOf(date));
    }

    @Test
    void a_past_day_asked_again_is_answered_without_a_replay() {
        ReplayCache<String> cache = new ReplayCache<>(4);
        String first = ask(cache, MID_TERM);
        String again = ask(cache, MID_TERM);
        assertThat(again).isSameAs(first);
        assertThat(replays).containsExactly(MID_TERM);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void today_and_later_days_are_always_replayed() {
        ReplayCache<String> cache = new ReplayCache<>(4);
        ask(cache, TODAY);
        ask(cache, TODAY);
        ask(cache, LocalDate.of(2030, 12, 31));
        ask(cache, LocalDate.of(2030, 12, 31));
        assertThat(replays).hasSize(4);
        assertThat(cache.size()).isZero();
    }

    @Test
    void an_event_logged_late_for_a_kept_day_makes_it_replay_again() {
        ReplayCache<String> cache = new ReplayCache<>(4);
        String before = ask(cache, MID_TERM);
        logged.set(2044L); // e.g. a report recorded at 23:59 on the day, logged by the projection after midnight
        String after = ask(cache, MID_TERM);
        assertThat(after).isNotEqualTo(before);
        assertThat(replays).containsExactly(MID_TERM, MID_TERM);
        assertThat(ask(cache, MID_TERM)).isSameAs(after);
    }

    @Test
    void a_rebuild_forgets_every_kept_day() {
        ReplayCache<String> cache = new ReplayCache<>(4);
        ask(cache, MID_TERM);
        ask(cache, MID_TERM.minusDays(1));
        cache.clear();
        assertThat(cache.size()).isZero();
        ask(cache, MID_TERM);
        assertThat(replays).containsExactly(MID_TERM, MID_TERM.minusDays(1), MID_TERM);
    }

    @Test
    void an_answer_replayed_while_a_rebuild_began_is_not_kept() {
        ReplayCache<String> cache = new ReplayCache<>(4);
        cache.get(MID_TERM, TODAY, logged::get, () -> {
            cache.clear(); // the rebuild drops the logs while this replay reads them
            return "half-dropped";
        });
        assertThat(cache.size()).isZero();
        assertThat(ask(cache, MID_TERM)).isNotEqualTo("half-dropped");
    }

    @Test
    void at_most_capacity_days_are_kept_and_the_least_recently_asked_goes_first() {
        ReplayCache<String> cache = new ReplayCache<>(2);
        LocalDate a = LocalDate.of(2026, 12, 31), b = LocalDate.of(2027, 12, 31), c = LocalDate.of(2028, 6, 30);
        ask(cache, a);
        ask(cache, b);
        ask(cache, a); // a is now the most recently asked
        ask(cache, c); // b goes
        assertThat(cache.size()).isEqualTo(2);
        replays.clear();
        ask(cache, a);
        ask(cache, c);
        assertThat(replays).isEmpty();
        ask(cache, b);
        assertThat(replays).containsExactly(b);
    }

    @Test
    void capacity_0_keeps_nothing_and_a_negative_one_is_refused() {
        ReplayCache<String> cache = new ReplayCache<>(0);
        ask(cache, MID_TERM);
        ask(cache, MID_TERM);
        assertThat(replays).hasSize(2);
        assertThat(cache.size()).isZero();
        assertThatThrownBy(() -> new ReplayCache<String>(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
