package org.fyptracker.gateway.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamCursorTest {

    @Test
    void the_id_names_the_topic_and_the_next_offset_of_every_partition_and_parses_back() {
        StreamCursor cursor = new StreamCursor("fyp.projects.events.v1", Map.of(0, 13L, 1, 6L, 2, 34L));
        assertThat(cursor.id()).isEqualTo("fyp.projects.events.v1:0-13,1-6,2-34");
        assertThat(StreamCursor.parse("fyp.projects.events.v1", cursor.id())).isEqualTo(cursor);
        assertThat(cursor.advance(1, 6).id()).isEqualTo("fyp.projects.events.v1:0-13,1-7,2-34");
    }

    @Test
    void an_id_of_another_topic_or_a_malformed_one_is_refused() {
        assertThatThrownBy(() -> StreamCursor.parse("fyp.projects.events.v1", "fyp.indicators.events.v1:0-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamCursor.parse("fyp.projects.events.v1", "fyp.projects.events.v1:0-x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StreamCursor.parse("fyp.projects.events.v1", "42"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
