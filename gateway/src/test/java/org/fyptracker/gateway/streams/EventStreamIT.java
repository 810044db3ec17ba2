package org.fyptracker.gateway.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * The SSE stream over a real Kafka broker (in-process KRaft, 3 partitions): a client that disconnects and
 * reconnects with Last-Event-ID misses nothing and gets nothing twice, each aggregate's events in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestCallers.class)
class EventStreamIT {

    static final String TOPIC = "fyp.projects.events.v1";
    static final String OTHER = "fyp.indicators.events.v1";
    static final String DEPARTMENTS = "fyp.departments.events.v1";
    static final EmbeddedKafkaKraftBroker KAFKA = start();
    static final ParameterizedTypeReference<ServerSentEvent<String>> SSE = new ParameterizedTypeReference<>() {
    };
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, Integer> SEQUENCES = new HashMap<>();

    @LocalServerPort
    int port;
    @Autowired
    WebTestClient client;

    static EmbeddedKafkaKraftBroker start() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, TOPIC, OTHER, DEPARTMENTS);
        broker.brokerProperties(Map.of("auto.create.topics.enable", "false"));
        broker.afterPropertiesSet();
        return broker;
    }

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("fyp.gateway.streams.bootstrap-servers", KAFKA::getBrokersAsString);
        registry.add("fyp.gateway.streams.heartbeat", () -> "1s");
    }

    @AfterAll
    static void stop() {
        KAFKA.destroy();
    }

    @Test
    void a_client_that_disconnects_and_reconnects_with_last_event_id_misses_nothing_and_gets_nothing_twice() throws Exception {
        List<String> aggregates = List.of("p-1", "p-2", "p-3", "p-4", "p-5", "p-6", "p-7");
        List<String> published = new ArrayList<>(publish(TOPIC, aggregates, 5));

        // first connection: from the beginning; the client goes away after 13 events
        List<ServerSentEvent<String>> first = events(stream(null), 13);
        String lastEventId = first.get(first.size() - 1).id();
        assertThat(lastEventId).startsWith(TOPIC + ":");

        published.addAll(publish(TOPIC, aggregates, 4)); // while it is away

        // second connection: resumes where the client was; reads everything left, then nothing more comes
        int left = published.size() - first.size();
        List<ServerSentEvent<String>> second = events(stream(lastEventId), left);
        List<ServerSentEvent<String>> extra = stream(second.get(second.size() - 1).id())
                .filter(e -> e.data() != null).take(Duration.ofSeconds(3)).collectList().block();
        assertThat(extra).as("nothing after the end").isEmpty();

        List<JsonNode> received = new ArrayList<>();
        for (ServerSentEvent<String> e : first) {
            received.add(JSON.readTree(e.data()));
        }
        for (ServerSentEvent<String> e : second) {
            received.add(JSON.readTree(e.data()));
        }
        List<String> ids = received.stream().map(n -> n.get("id").asText()).toList();
        assertThat(new HashSet<>(ids)).as("no duplicates").hasSize(ids.size());
        assertThat(ids).as("nothing missed").containsExactlyInAnyOrderElementsOf(published);

        Map<String, Integer> lastSequence = new HashMap<>();
        for (JsonNode event : received) {
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("type").asText()).isEqualTo("org.fyptracker.projects.MilestoneStarted.v1");
            assertThat(event.get("source").asText()).isEqualTo("/fyp-tracker/projects");
            assertThat(event.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(event.get("plancode").asText()).isEqualTo("FZ-15");
            assertThat(event.get("data").isObject()).as("data is JSON, not base64").isTrue();
            assertThat(event.get("aggregatesequence").isInt()).isTrue();
            String subject = event.get("subject").asText();
            int sequence = event.get("aggregatesequence").asInt();
            assertThat(sequence).as("order of " + subject).isEqualTo(lastSequence.getOrDefault(subject, -1) + 1);
            lastSequence.put(subject, sequence);
        }
    }

    @Test
    void from_latest_the_stream_sends_only_what_comes_after_and_its_first_id_already_resumes_there() throws Exception {
        publish(OTHER, List.of("FZ-15.I01"), 3);
        List<ServerSentEvent<String>> opening = WebClient.create("http://127.0.0.1:" + port).get()
                .uri("/api/v1/streams/" + OTHER + "?from=latest").accept(MediaType.TEXT_EVENT_STREAM)
                .header(TestCallers.HEADER, "supervise").retrieve().bodyToFlux(SSE).take(1).collectList().block(Duration.ofSeconds(20));
        String position = opening.get(0).id();
        List<String> later = publish(OTHER, List.of("FZ-15.I01", "FZ-15.I02"), 2);
        List<ServerSentEvent<String>> resumed = events(WebClient.create("http://127.0.0.1:" + port).get()
                .uri("/api/v1/streams/" + OTHER).accept(MediaType.TEXT_EVENT_STREAM)
                .header(TestCallers.HEADER, "supervise").header("Last-Event-ID", position)
                .retrieve().bodyToFlux(SSE), 4);
        List<String> ids = new ArrayList<>();
        for (ServerSentEvent<String> e : resumed) {
            ids.add(JSON.readTree(e.data()).get("id").asText());
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(later);
    }

    @Test
    void a_client_secrets_hash_is_not_streamed_and_the_rest_of_the_event_is() throws Exception {
        String hash = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoO1mVO/Y8/ahdtmz1r1Uy9DRpmfHBKKbC";
        String data = "{\"clientId\":\"gl-gov-reporting\",\"department\":\"gl-gov\",\"scopes\":[\"report\"],"
                + "\"secretHash\":\"" + hash + "\",\"provenance\":{\"client\":\"系统管理员\"}}";
        String id = UUID.randomUUID().toString();
        CloudEvent registered = CloudEventBuilder.v1().withId(id).withSource(URI.create("/fyp-tracker/departments"))
                .withType("org.fyptracker.departments.ClientRegistered.v1").withSubject("gl-gov-reporting")
                .withTime(OffsetDateTime.now(ZoneOffset.UTC)).withDataContentType("application/json")
                .withData(data.getBytes(StandardCharsets.UTF_8)).build();
        send(DEPARTMENTS, "gl-gov-reporting", registered);

        ServerSentEvent<String> streamed = events(WebClient.create("http://127.0.0.1:" + port).get()
                .uri("/api/v1/streams/" + DEPARTMENTS).accept(MediaType.TEXT_EVENT_STREAM)
                .header(TestCallers.HEADER, "supervise").retrieve().bodyToFlux(SSE), 1).get(0);
        assertThat(streamed.data()).doesNotContain("secretHash").doesNotContain(hash);
        JsonNode event = JSON.readTree(streamed.data());
        assertThat(event.get("id").asText()).isEqualTo(id);
        assertThat(event.get("data").get("clientId").asText()).isEqualTo("gl-gov-reporting");
        assertThat(event.get("data").get("scopes").get(0).asText()).isEqualTo("report");
        assertThat(event.get("data").get("provenance").get("client").asText()).isEqualTo("系统管理员");
    }

    @Test
    void only_callers_with_the_supervise_scope_may_stream() {
        client.get().uri("/api/v1/streams/" + TOPIC).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer");
        client.get().uri("/api/v1/streams/" + TOPIC).accept(MediaType.TEXT_EVENT_STREAM)
                .header(TestCallers.HEADER, "report").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void an_unknown_topic_is_a_404_and_a_foreign_last_event_id_a_400() {
        client.get().uri("/api/v1/streams/__consumer_offsets").accept(MediaType.TEXT_EVENT_STREAM)
                .header(TestCallers.HEADER, "supervise").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/streams/" + TOPIC).accept(MediaType.TEXT_EVENT_STREAM)
                .header(TestCallers.HEADER, "supervise").header("Last-Event-ID", OTHER + ":0-1")
                .exchange()
                .expectStatus().isBadRequest();
    }

    private Flux<ServerSentEvent<String>> stream(String lastEventId) {
        WebClient.RequestHeadersSpec<?> request = WebClient.create("http://127.0.0.1:" + port).get()
                .uri(URI.create("http://127.0.0.1:" + port + "/api/v1/streams/" + TOPIC))
                .accept(MediaType.TEXT_EVENT_STREAM).header(TestCallers.HEADER, "supervise");
        if (lastEventId != null) {
            request = request.header("Last-Event-ID", lastEventId);
        }
        return request.retrieve().bodyToFlux(SSE);
    }

    /** The first {@code count} events with data; the connection is closed after them (the client goes away). */
    private static List<ServerSentEvent<String>> events(Flux<ServerSentEvent<String>> stream, int count) {
        List<ServerSentEvent<String>> events = stream.filter(e -> e.data() != null).take(count)
                .collectList().block(Duration.ofSeconds(30));
        assertThat(events).hasSize(count);
        return events;
    }

    /** {@code perAggregate} events for each aggregate, interleaved, as the platform writes them (binary mode). */
    private static List<String> publish(String topic, List<String> aggregates, int perAggregate) throws Exception {
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < perAggregate; i++) {
                for (String aggregate : aggregates) {
                    int sequence;
                    synchronized (SEQUENCES) {
                        sequence = SEQUENCES.merge(topic + aggregate, 1, Integer::sum) - 1;
                    }
                    String id = UUID.randomUUID().toString();
                    CloudEvent event = CloudEventBuilder.v1().withId(id)
                            .withSource(URI.create(topic.equals(TOPIC) ? "/fyp-tracker/projects" : "/fyp-tracker/indicators"))
                            .withType(topic.equals(TOPIC) ? "org.fyptracker.projects.MilestoneStarted.v1"
                                    : "org.fyptracker.indicators.ObservationRecorded.v1")
                            .withSubject(aggregate).withTime(OffsetDateTime.now(ZoneOffset.UTC))
                            .withDataContentType("application/json")
                            .withData(("{\"projectId\":\"" + aggregate + "\",\"sequence\":" + sequence + "}").getBytes(StandardCharsets.UTF_8))
                            .withExtension("aggregatesequence", (long) sequence)
                            .withExtension("plancode", "FZ-15")
                            .build();
                    send(producer, topic, aggregate, event);
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static void send(String topic, String key, CloudEvent event) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            send(producer, topic, key, event);
        }
    }

    /** As the platform writes an event: binary mode, keyed by its aggregate. */
    private static void send(KafkaProducer<String, byte[]> producer, String topic, String key, CloudEvent event) throws Exception {
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(topic, key).writeBinary(event);
        producer.send(record).get();
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBrokersAsString());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config);
    }
}
