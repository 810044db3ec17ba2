package org.fyptracker.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The one CloudEvent mapping every service uses, on the application's JSON mapper. */
@AutoConfiguration
@EnableConfigurationProperties(EventStreamProperties.class)
public class CloudEventConfiguration {

    @Bean
    public CloudEventKafkaConverter cloudEventKafkaConverter(ObjectMapper objectMapper) {
        return new CloudEventKafkaConverter(objectMapper);
    }
}
