package org.fyptracker.catalog.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.fyptracker.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The catalog service over a real Kafka broker and MongoDB-wire server: both seed plans imported at
 * start, readable over REST, published once as CloudEvents, and not seeded again on a second start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class PlanCatalogIT {

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ObjectMapper json;
    @Autowired
    List<ApplicationRunner> runners;

    private record Answer(int status, JsonNode body, String contentType) {
    }

    private Answer get(String path) {
        return call(http().get().uri(path));
    }

    private Answer call(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, res) -> new Answer(res.getStatusCode().value(),
                json.readTree(res.getBody().readAllBytes()),
                String.valueOf(res.getHeaders().getContentType())));
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (req, res) -> { }).build();
    }

    @Test
    void the_city_plan_has_18_parts_with_chapters_1_to_75_without_a_gap_and_23_boxes() {
        JsonNode fz = await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/plans/FZ-15"), a -> a.status() == 200).body();
        assertThat(fz.get("parts")).hasSize(18);
        List<Integer> chapterNumbers = StreamSupport.stream(fz.get("parts").spliterator(), false)
                .flatMap(p -> StreamSupport.stream(p.get("chapters").spliterator(), false))
                .map(c -> c.get("number").asInt()).toList();
        assertThat(chapterNumbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 75).boxed().toList());
        assertThat(fz.get("boxes")).hasSize(23);
        assertThat(fz.get("indicators").asInt()).isEqualTo(26);
        assertThat(fz.get("parts").get(4).get("code").asText()).isEqualTo("FZ-15.P05");

        JsonNode gl = get("/api/v1/plans/GL-15").body();
        assertThat(gl.get("parentCode").asText()).isEqualTo("FZ-15");
        assertThat(gl.get("chapters")).hasSize(12);
        assertThat(gl.get("boxes")).hasSize(9);
        assertThat(gl.get("indicators").asInt()).isEqualTo(23);
    }

    @Test
    void parts_chapters_boxes_and_indicators_are_addressable_with_the_text_as_written() {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/plans/GL-15").status() == 200);
        JsonNode chapter = get("/api/v1/plans/GL-15/chapters/3").body();
        assertThat(chapter.get("chapter").get("title").asText()).isEqualTo("塑强产业体系，筑牢高质量发展根基");
        assertThat(chapter.get("chapter").get("sections")).hasSize(6);

        JsonNode box = get("/api/v1/plans/FZ-15/boxes/6").body();
        assertThat(box.get("code").asText()).isEqualTo("FZ-15.B06");
        assertThat(box.get("items").size()).isPositive();

        JsonNode indicators = get("/api/v1/plans/FZ-15/indicators").body();
        assertThat(indicators).anySatisfy(i -> {
            assertThat(i.get("code").asText()).isEqualTo("FZ-15.I14.1");
            assertThat(i.get("name").asText()).isEqualTo("执业医师数");
            assertThat(i.get("target").get("type").asText()).isNotBlank();
        });

        JsonNode part = get("/api/v1/plans/FZ-15/parts/1").body();
        assertThat(part.get("part").get("number").asInt()).isEqualTo(1);
        assertThat(part.get("chapters").size()).isPositive();
    }

    @Test
    void after_a_restart_the_plans_are_read_back_from_mongodb_exactly_as_imported() {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/plans/GL-15").status() == 200);
        PlanShelf restarted = new PlanShelf(mongo, json);
        assertThat(restarted.all()).extracting(org.fyptracker.contracts.plans.Plan::code).containsExactly("FZ-15", "GL-15");
        assertThat(restarted.find("FZ-15").orElseThrow().chapters()).hasSize(75);
        assertThat(new PlanShelf(mongo, json).find("GL-15").orElseThrow().boxes()).hasSize(9);
    }

    @Test
    void search_finds_titles_and_box_items_by_chinese_substring() {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/plans/FZ-15").status() == 200);
        JsonNode found = get("/api/v1/plans/search?q=轨道交通").body();
        assertThat(found.get("hits")).isNotEmpty();
        assertThat(found.get("hits")).allSatisfy(h -> assertThat(h.get("text").asText()).contains("轨道交通"));
        assertThat(found.get("hits")).anySatisfy(h -> assertThat(h.get("kind").asText()).isEqualTo("BOX_ITEM"));
    }

    @Test
    void unknown_plans_and_numbers_are_404_problems_naming_the_field() {
        Answer plan = get("/api/v1/plans/XX-99");
        assertThat(plan.status()).isEqualTo(404);
        assertThat(plan.contentType()).startsWith("application/problem+json");
        assertThat(plan.body().toString()).contains("code");
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/plans/FZ-15").status() == 200);
        assertThat(get("/api/v1/plans/FZ-15/chapters/76").status()).isEqualTo(404);
        assertThat(get("/api/v1/plans/FZ-15/boxes/24").status()).isEqualTo(404);
    }

    @Test
    void a_dry_run_import_reports_counts_and_warnings_and_stores_nothing() throws Exception {
        String outline = new ClassPathResource("plans/GL-15.txt").getContentAsString(StandardCharsets.UTF_8);
        long plansBefore = mongo.getCollection("domainevents").countDocuments();
        Answer report = call(http().post().uri("/api/v1/admin/plans/imports?code=GX-15&parent=FZ-15&dryRun=true")
                .contentType(MediaType.TEXT_PLAIN).body(outline.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().get("dryRun").asBoolean()).isTrue();
        assertThat(report.body().get("counts").get("chapters").asInt()).isEqualTo(12);
        assertThat(report.body().get("warnings")).hasSize(1);
        assertThat(mongo.getCollection("domainevents").countDocuments()).isEqualTo(plansBefore);
        assertThat(get("/api/v1/plans/GX-15").status()).isEqualTo(404);
    }

    @Test
    void each_plan_is_published_once_as_a_cloud_event_and_a_second_start_seeds_nothing() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/v1/plans/GL-15").status() == 200);
        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }
        List<CloudEvent> events = planEvents();
        assertThat(events).extracting(CloudEvent::getSubject).containsExactlyInAnyOrder("FZ-15", "GL-15");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getType()).isEqualTo("org.fyptracker.plans.PlanImported.v1");
            assertThat(e.getSource()).hasToString("/fyp-tracker/plans");
        });
        int largest = events.stream().mapToInt(e -> e.getData().toBytes().length).max().orElseThrow();
        System.out.printf("PlanImported events: largest %d bytes%n", largest);
    }

    private List<CloudEvent> planEvents() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<CloudEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, CloudEvent> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new CloudEventDeserializer())) {
            consumer.subscribe(List.of("fyp.plans.events.v1"));
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            long quietUntil = 0;
            while (System.nanoTime() < deadline && (events.size() < 2 || System.nanoTime() < quietUntil)) {
                for (ConsumerRecord<String, CloudEvent> r : consumer.poll(Duration.ofMillis(300))) {
                    events.add(r.value());
                    quietUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                }
            }
        }
        return events;
    }
}
