package org.fyptracker.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.TestContext;

/**
 * The hook can fail: a converter that writes an event whose data breaks its schema fails the test class
 * (Spring listener, or JUnit extension for classes that start services themselves), naming the type, the
 * field and the rule; one that keeps the contract is counted and passes.
 */
class PublishedEventsContractListenerTest {

    static final String TYPE = "org.fyptracker.projects.MilestoneProgressReported.v1";
    static final String DATA = """
            {"projectId":"p-1","milestoneId":"m-1","percentComplete":%s,"evidence":[],"reportedOn":"2026-05-10",
             "planCode":"FZ-15","provenance":{"department":"fz-transport","client":"c-1","recordedAt":"2026-05-10T01:02:03.456Z"}}""";

    /** Writes the record it is given, like CloudEventKafkaConverter writes a CloudEvent. */
    static class FixedConverter implements KafkaMessageConverter<String, byte[]> {
        final String data;

        FixedConverter(String data) {
            this.data = data;
        }

        @Override
        public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, "p-1", data.getBytes(StandardCharsets.UTF_8));
            Map.of("ce_specversion", "1.0", "ce_id", "e-1", "ce_source", "/fyp-tracker/projects", "ce_type", TYPE,
                            "ce_subject", "p-1", "ce_time", "2026-05-10T01:02:03.456Z", "content-type", "application/json",
                            "ce_aggregatesequence", "3", "ce_plancode", "FZ-15", "ce_department", "fz-transport")
                    .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            return record;
        }

        @Override
        public Optional<EventMessage<?>> readKafkaMessage(ConsumerRecord<String, byte[]> consumerRecord) {
            return Optional.empty();
        }
    }

    final PublishedEventsContractListener listener = new PublishedEventsContractListener();
    final TestContext testContext = mock(TestContext.class);

    @BeforeEach
    void startClean() {
        PublishedEventsTally.takeClassShare();
        when(testContext.hasApplicationContext()).thenReturn(false);
        when(testContext.getTestClass()).thenAnswer(i -> PublishedEventsContractListenerTest.class);
    }

    @SuppressWarnings("unchecked")
    static FixedConverter wrapped(String data) {
        Object bean = new ContractCheckingConverters().postProcessAfterInitialization(new FixedConverter(data), "converter");
        assertThat(bean).as("still injectable as its own type").isInstanceOf(FixedConverter.class);
        return (FixedConverter) bean;
    }

    @Test
    void an_event_whose_data_breaks_its_schema_fails_the_test_class_naming_type_field_and_rule() {
        wrapped(DATA.formatted("\"forty\"")).createKafkaMessage(GenericEventMessage.asEventMessage("x"), "fyp.projects.events.v1");

        assertThatThrownBy(() -> listener.afterTestClass(testContext))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 contract violations")
                .hasMessageContaining(TYPE)
                .hasMessageContaining("data.percentComplete")
                .hasMessageContaining("type: ")
                .hasMessageContaining("integer expected");
        assertThat(PublishedEventsTally.takeClassShare().violations()).as("reported once, to the class that caused it").isEmpty();
    }

    @Test
    void an_event_that_keeps_the_contract_is_counted_by_type_and_passes() throws Exception {
        FixedConverter converter = wrapped(DATA.formatted("40"));
        converter.createKafkaMessage(GenericEventMessage.asEventMessage("x"), "fyp.projects.events.v1");
        converter.createKafkaMessage(GenericEventMessage.asEventMessage("y"), "fyp.projects.events.v1");

        PublishedEventsTally.Share share = PublishedEventsTally.takeClassShare();
        assertThat(share.eventsByType()).containsEntry(TYPE, 2L);
        assertThat(share.violations()).isEmpty();
        assertThat(PublishedEventsTally.inThisJvm().eventsByType().get(TYPE)).isGreaterThanOrEqualTo(2L);

        converter.createKafkaMessage(GenericEventMessage.asEventMessage("z"), "fyp.projects.events.v1");
        listener.afterTestClass(testContext);
        assertThat(PublishedEventsTally.takeClassShare().events()).as("taken by the class").isZero();
    }

    @Test
    void a_test_class_that_starts_services_itself_fails_by_the_junit_extension_and_a_converter_is_wrapped_once() {
        Object twice = new ContractCheckingConverters().postProcessAfterInitialization(wrapped(DATA.formatted("101.5")), "again");
        ((FixedConverter) twice).createKafkaMessage(GenericEventMessage.asEventMessage("x"), "fyp.projects.events.v1");
        ExtensionContext junit = mock(ExtensionContext.class);
        when(junit.getRequiredTestClass()).thenAnswer(i -> PublishedEventsContractListenerTest.class);

        assertThatThrownBy(() -> new PublishedEventsContractExtension().afterAll(junit))
                .hasMessageStartingWith("1 contract violations")
                .hasMessageContaining(TYPE + " (id e-1) data.percentComplete: type: ");
    }

    @Test
    void a_record_without_cloud_event_headers_fails_the_class() {
        Object plain = new ContractCheckingConverters().postProcessAfterInitialization(new FixedConverter(DATA.formatted("40")) {
            @Override
            public ProducerRecord<String, byte[]> createKafkaMessage(EventMessage<?> eventMessage, String topic) {
                return new ProducerRecord<>(topic, "p-1", DATA.formatted("40").getBytes(StandardCharsets.UTF_8));
            }
        }, "converter");
        ((FixedConverter) plain).createKafkaMessage(GenericEventMessage.asEventMessage("x"), "fyp.projects.events.v1");

        assertThatThrownBy(() -> listener.afterTestClass(testContext))
                .hasMessageContaining("ce_type: must be org.fyptracker.<context>.<Event>.v<n>")
                .hasMessageContaining("ce_specversion");
    }
}
