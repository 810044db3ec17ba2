package org.fyptracker.projects.seeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.bson.Document;
import org.fyptracker.contracts.plans.BoxItemKind;
import org.fyptracker.contracts.plans.Plan;
import org.fyptracker.contracts.plans.PlanImported;
import org.fyptracker.contracts.projects.KeyProjectRegistered;
import org.fyptracker.platform.events.CloudEventKafkaConverter;
import org.fyptracker.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Key projects seeded from a PlanImported event on the real plans topic, once even when it comes twice. */
@SpringBootTest
@RealInfrastructure
class KeyProjectsFromPlansIT {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    CloudEventKafkaConverter converter;
    @Autowired
    MongoTemplate mongo;

    @Test
    void programmes_of_an_imported_plan_become_key_projects_once() throws Exception {
        Plan plan = SeededProjectsTest.plan("ZZ-15", "FZ-15",
                SeededProjectsTest.box("ZZ-15", 3, "民生福祉增进计划",
                        SeededProjectsTest.item("ZZ-15.B03", 1, "◆托育服务：", BoxItemKind.DIRECTION),
                        SeededProjectsTest.item("ZZ-15.B03", 2, "健康鼓楼行动", BoxItemKind.PROGRAMME)));
        PlanImported imported = new PlanImported("ZZ-15", "sha", plan, SeededProjectsTest.SEEDING);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(converter.createKafkaMessage(GenericEventMessage.asEventMessage(imported), "fyp.plans.events.v1")).get();
            // the same event again, as a replay or a redelivery would bring it
            producer.send(converter.createKafkaMessage(GenericEventMessage.asEventMessage(imported), "fyp.plans.events.v1")).get();
        }
        String first = SeededProjects.projectIdOf("ZZ-15.B03.1");
        String second = SeededProjects.projectIdOf("ZZ-15.B03.2");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(registrations(first)).isEqualTo(1);
            assertThat(registrations(second)).isEqualTo(1);
        });
        Thread.sleep(1000); // the duplicate has been handled by now, and must have added nothing
        assertThat(registrations(first)).isEqualTo(1);
        assertThat(mongo.getCollection("domainevents").find(new Document("aggregateIdentifier", first)).first()
                .toJson()).contains("托育服务");
    }

    private long registrations(String projectId) {
        return mongo.getCollection("domainevents").countDocuments(
                new Document("aggregateIdentifier", projectId).append("payloadType", KeyProjectRegistered.class.getName()));
    }
}
