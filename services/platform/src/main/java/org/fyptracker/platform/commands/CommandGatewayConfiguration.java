package org.fyptracker.platform.commands;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The command gateway every service sends with: Axon's default, plus {@link ConflictRetries} so a command that
 * lost a race for an aggregate to another writer is decided again rather than answered 409.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class CommandGatewayConfiguration {

    @Bean
    public ConflictRetries conflictRetries(@Value("${fyp.commands.conflict-retries:3}") int retries,
                                           @Value("${fyp.commands.conflict-retry-pause-ms:5}") long pauseMillis) {
        return new ConflictRetries(retries, pauseMillis);
    }

    @Bean
    @ConditionalOnMissingBean
    public CommandGateway commandGateway(CommandBus commandBus, ConflictRetries conflictRetries) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(conflictRetries)
                .build();
    }
}
