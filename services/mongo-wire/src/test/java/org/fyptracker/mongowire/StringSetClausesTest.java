package org.fyptracker.mongowire;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StringSetClausesTest {

    private final DefaultQueryMatcher server = new DefaultQueryMatcher();
    private final BiPredicate<Document, Document> serverMatcher = (d, q) -> server.matches(d, q);

    private static List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        documents.add(new Document("id", "e-1").append("ts", 5));
        documents.add(new Document("id", "e-2").append("ts", 7));
        documents.add(new Document("id", "e-3").append("ts", 3));
        documents.add(new Document("id", List.of("e-1", "e-9")).append("ts", 6));
        documents.add(new Document("id", List.of("e-8")).append("ts", 6));
        documents.add(new Document("ts", 9));
        documents.add(new Document("id", null).append("ts", 9));
        documents.add(new Document("id", 1).append("ts", 9));
        documents.add(new Document("id", new Document("x", "e-1")).append("ts", 9));
        documents.add(new Document("id", "E-1").append("ts", 9));
        return documents;
    }

    private static List<Document> queries() {
        List<Object> seen = List.of("e-1", "e-2");
        return List.of(
                new Document("id", new Document("$nin", seen)),
                new Document("id", new Document("$in", seen)),
                new Document("$and", List.of(new Document("ts", new Document("$gte", 5)),
                        new Document("id", new Document("$nin", seen)))),
                new Document("$and", List.of(new Document("ts", new Document("$gte", 5)),
                        new Document("id", new Document("$in", seen)))).append("ts", new Document("$lt", 9)),
                new Document("id", new Document("$nin", List.of())),
                new Document("id", new Document("$in", List.of())),
                // not compiled: a non-string listed, a dotted path, two operators on the field
                new Document("id", new Document("$nin", List.of("e-1", 1))),
                new Document("id.x", new Document("$in", List.of("e-1"))),
                new Document("id", new Document("$in", seen).append("$ne", "e-2")));
    }

    @Test
    void every_document_is_matched_as_the_server_matches_it() {
        for (Document query : queries()) {
            StringSetClauses compiled = StringSetClauses.of(query, serverMatcher);
            for (Document document : documents()) {
                assertThat(compiled.test(document))
                        .as("%s against %s", query, document)
                        .isEqualTo(server.matches(document, query));
            }
        }
    }

    @Test
    void a_string_is_decided_by_the_set_without_the_servers_matcher() {
        AtomicInteger asked = new AtomicInteger();
        List<Object> seen = new ArrayList<>(IntStream.range(0, 500).mapToObj(i -> "e-" + i).toList());
        StringSetClauses compiled = StringSetClauses.of(new Document("$and", List.of(
                new Document("id", new Document("$nin", seen)))), (d, q) -> asked.incrementAndGet() > 0);

        assertThat(compiled.test(new Document("id", "e-17"))).isFalse();
        assertThat(compiled.test(new Document("id", "e-500"))).isTrue();
        assertThat(asked).hasValue(0);

        compiled.test(new Document("id", List.of("e-17")));
        assertThat(asked).as("an array goes to the server's matcher").hasValue(1);
    }

    @Test
    void a_query_is_compiled_for_that_query_object_only() {
        Document query = new Document("id", new Document("$in", List.of("e-1")));
        StringSetClauses compiled = StringSetClauses.of(query, serverMatcher);

        assertThat(compiled.compiles(query)).isTrue();
        assertThat(compiled.compiles(new Document(query))).isFalse();
    }
}
