package org.fyptracker.tracking.rebuild;

import org.axonframework.config.ConfigurerModule;
import org.fyptracker.platform.events.EventStreamProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the {@link ReplayedEvents} counters (interceptor and message monitor) on every Kafka-fed processor. */
@Configuration
public class ReplayCountingConfiguration {

    @Bean
    public ReplayedEvents replayedEvents() {
        return new ReplayedEvents();
    }

    @Bean
    public ConfigurerModule replayCounting(ReplayedEvents replayedEvents, EventStreamProperties events) {
        return configurer -> events.processors().forEach(processor -> {
            configurer.eventProcessing().registerHandlerInterceptor(processor, c -> replayedEvents.counter());
            configurer.eventProcessing().registerMessageMonitor(processor, c -> replayedEvents.monitor(processor));
        });
    }
}
