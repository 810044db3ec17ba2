package org.fyptracker.contracts.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;
import org.fyptracker.contracts.cloudevents.PublishedSchemas;
import org.junit.jupiter.api.Test;

/**
 * The published schemas are the ones the records give: generated here and compared with the files kept
 * in {@code services/contracts/src/main/resources/schemas/} and published in {@code docs/schemas/}. A
 * record changed without its schema fails the build. To regenerate after a deliberate change:
 * {@code mvn -B -o -pl services/contracts test -Dfyp.schemas.write=true}, then review the diff against
 * the evolution rule (docs/integrators.md).
 */
class EventSchemasTest {

    static final boolean WRITE = Boolean.getBoolean("fyp.schemas.write");
    static final Path KEPT = EventSchemas.moduleDir().resolve("src/main/resources").resolve(PublishedSchemas.RESOURCE_DIR);
    static final Path PUBLISHED = EventSchemas.moduleDir().resolve("../../docs/schemas").normalize();

    @Test
    void every_event_type_has_its_generated_schema_kept_and_published_and_no_other_schema_is_there() throws IOException {
        List<String> stale = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (Class<? extends DomainEvent> type : CloudEventTypes.all()) {
            String file = EventSchemas.fileName(type);
            expected.add(file);
            String generated = EventSchemas.pretty(EventSchemas.generate(type));
            for (Path dir : List.of(KEPT, PUBLISHED)) {
                Path path = dir.resolve(file);
                if (WRITE) {
                    Files.createDirectories(dir);
                    Files.writeString(path, generated);
                } else if (!Files.exists(path) || !same(Files.readString(path), generated)) {
                    stale.add(path.toString());
                }
            }
        }
        assertThat(stale)
                .as("schemas that differ from the records (regenerate with -Dfyp.schemas.write=true and review)")
                .isEmpty();
        for (Path dir : List.of(KEPT, PUBLISHED)) {
            try (Stream<Path> files = Files.list(dir)) {
                Set<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(present).as("schemas in " + dir).isEqualTo(expected);
            }
        }
    }

    private static boolean same(String kept, String generated) throws IOException {
        JsonNode a = EventSchemas.platformJson().readTree(kept);
        JsonNode b = EventSchemas.platformJson().readTree(generated);
        return a.equals(b);
    }
}
