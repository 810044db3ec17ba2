package org.fyptracker.contracts.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Event ids are version-7 UUIDs: the moment they were made first, so later ids sort after earlier ones. */
class TimeOrderedIdsTest {

    @Test
    void an_id_is_a_version_7_uuid_of_the_moment_it_was_made() {
        long before = System.currentTimeMillis();
        UUID id = UUID.fromString(TimeOrderedIds.next());
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(TimeOrderedIds.millisOf(id)).isBetween(before, after);
    }

    @Test
    void an_id_made_in_a_later_millisecond_sorts_after_as_text() {
        // 2026-11-27 and a millisecond later, with random bits that would sort the other way
        UUID earlier = TimeOrderedIds.of(1_795_000_000_000L, -1L, -1L);
        UUID later = TimeOrderedIds.of(1_795_000_000_001L, 0L, 0L);

        assertThat(later.toString()).isGreaterThan(earlier.toString());
        assertThat(TimeOrderedIds.millisOf(earlier)).isEqualTo(1_795_000_000_000L);
        assertThat(earlier.version()).isEqualTo(7);
        assertThat(later.variant()).isEqualTo(2);
    }

    @Test
    void ids_made_one_after_another_never_sort_before_an_earlier_millisecond() throws Exception {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5 * TimeOrderedIds.IDS_PER_DRAW; i++) {
            made.add(TimeOrderedIds.next());
            if (i % 20 == 0) {
                Thread.sleep(2);
            }
        }
        for (int i = 1; i < made.size(); i++) {
            String millisBefore = made.get(i - 1).substring(0, 13); // 48 bits of time: the first 12 hex digits and the dash
            assertThat(made.get(i).substring(0, 13)).isGreaterThanOrEqualTo(millisBefore);
        }
        assertThat(made.get(made.size() - 1).substring(0, 13)).isGreaterThan(made.get(0).substring(0, 13));
    }

    @Test
    void ids_made_on_many_threads_at_once_are_all_different() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(threads.submit(() -> IntStream.range(0, 25_000).forEach(i -> seen.add(TimeOrderedIds.next()))));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(seen).hasSize(200_000);
        assertThat(seen).allSatisfy(id -> assertThat(UUID.fromString(id).toString()).isEqualTo(id));
    }

    @Test
    void the_random_part_differs_from_id_to_id_over_several_draws() {
        List<UUID> made = IntStream.range(0, 3 * TimeOrderedIds.IDS_PER_DRAW + 1)
                .mapToObj(i -> UUID.fromString(TimeOrderedIds.next())).toList();

        assertThat(made).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
        assertThat(made.stream().map(UUID::getLeastSignificantBits).distinct()).hasSize(made.size());
    }
}
