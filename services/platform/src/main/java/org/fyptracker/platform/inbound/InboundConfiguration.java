package org.fyptracker.platform.inbound;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import jakarta.validation.Validator;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.fyptracker.contracts.inbound.InboundRecord;
import org.fyptracker.platform.events.EventStreamProperties;
import org.fyptracker.platform.http.ProblemResponses;
import org.fyptracker.platform.http.StrictJsonBodies;
import org.fyptracker.platform.security.ResourceServerConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A service with {@code fyp.inbound.topic} and an {@link InboundDispatch} gets its Kafka way in: the two
 * topics created at start (the broker never creates topics itself), the listener, and the sender checks.
 */
@AutoConfiguration(after = ResourceServerConfiguration.class)
@ConditionalOnProperty("fyp.inbound.topic")
@ConditionalOnBean(InboundDispatch.class)
@EnableConfigurationProperties({InboundProperties.class, EventStreamProperties.class})
public class InboundConfiguration {

    @Bean
    KafkaAdmin.NewTopics inboundTopics(InboundProperties inbound, EventStreamProperties events) {
        return new KafkaAdmin.NewTopics(
                topic(inbound.topic(), inbound.inboundRetention().toMillis(), events),
                topic(inbound.outcomesTopic(), inbound.outcomesRetention().toMillis(), events));
    }

    /** Unlike the event topics they are not the record: kept for a while, not forever. */
    private static NewTopic topic(String name, long retentionMs, EventStreamProperties events) {
        return new NewTopic(name, events.partitions(), events.replicas())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(retentionMs),
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
    }

    /** The token checks of the REST API, unless the service runs without them (tests not about security). */
    @Bean
    InboundSenders inboundSenders(@Value("${fyp.security.enabled:true}") boolean enabled, ObjectProvider<JwtDecoder> decoders) {
        return enabled ? InboundSenders.verifiedBy(decoders.getObject()) : InboundSenders.unchecked();
    }

    @Bean
    InboundRecordListener<?> inboundRecordListener(InboundDispatch<?> dispatch, InboundSenders senders, ObjectMapper json,
                                                   Validator validator, ProblemResponses problems,
                                                   KafkaTemplate<String, String> kafka, InboundProperties inbound) {
        ObjectMapper strict = StrictJsonBodies.strict(json)
                // figures stay the decimals they were written as, as when REST reads them straight from the text
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        return listener(dispatch, senders, new InboundBodies(strict, validator, problems), strict, json, problems, kafka,
                inbound.outcomesTopic());
    }

    private static <R extends InboundRecord> InboundRecordListener<R> listener(
            InboundDispatch<R> dispatch, InboundSenders senders, InboundBodies bodies, ObjectMapper strict, ObjectMapper json,
            ProblemResponses problems, KafkaTemplate<String, String> kafka, String outcomesTopic) {
        return new InboundRecordListener<>(dispatch, senders, bodies, strict, json, problems, kafka, outcomesTopic);
    }
}
