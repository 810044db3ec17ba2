package org.fyptracker.platform.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.Test;

/** Axon's messages get their ids from this factory: random version-4 UUIDs, distinct across threads. */
class ThreadOwnRandomIdentifiersTest {

    @Test
    void axon_finds_the_factory_and_its_messages_carry_random_uuids() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(ThreadOwnRandomIdentifiers.class);

        UUID id = UUID.fromString(new GenericMessage<>("进度上报").getIdentifier());

        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void ids_made_on_many_threads_at_once_are_all_different() throws Exception {
        ThreadOwnRandomIdentifiers ids = new ThreadOwnRandomIdentifiers();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 25_000; i++) {
                        seen.add(ids.generateIdentifier());
                    }
                }));
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
    void every_id_of_several_draws_is_a_random_uuid_of_its_own() {
        ThreadOwnRandomIdentifiers ids = new ThreadOwnRandomIdentifiers();
        List<UUID> made = java.util.stream.IntStream.range(0, 3 * ThreadOwnRandomIdentifiers.IDS_PER_DRAW + 1)
                .mapToObj(i -> UUID.fromString(ids.generateIdentifier())).toList();

        assertThat(made).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
        });
        assertThat(Set.copyOf(made)).hasSize(made.size());
    }
}
