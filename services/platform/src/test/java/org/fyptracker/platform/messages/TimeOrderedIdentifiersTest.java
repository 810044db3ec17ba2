package org.fyptracker.platform.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.Test;

/** Axon's messages get their ids from this factory: time-ordered version-7 UUIDs. */
class TimeOrderedIdentifiersTest {

    @Test
    void axon_finds_the_factory_and_its_messages_carry_time_ordered_uuids() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifiers.class);
        long before = System.currentTimeMillis();

        UUID id = UUID.fromString(new GenericMessage<>("进度上报").getIdentifier());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void an_event_recorded_later_has_an_id_that_sorts_after() throws Exception {
        String first = GenericEventMessage.asEventMessage("里程碑已计划").getIdentifier();
        Thread.sleep(2);
        String second = GenericEventMessage.asEventMessage("进度已上报").getIdentifier();

        assertThat(second).isGreaterThan(first);
    }
}
