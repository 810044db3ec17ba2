package org.fyptracker.testkit;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's application context at the shared test broker and MongoDB-wire server. (Every event it
 * publishes is checked against the contract: {@link ContractCheckingInitializer}.)
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = "test_" + CONTEXTS.incrementAndGet() + "_" + ProcessHandle.current().pid();
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "spring.data.mongodb.uri=" + TestMongo.uri(database)
        ).applyTo(context.getEnvironment());
    }
}
