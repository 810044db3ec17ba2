package org.fyptracker.testkit;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Wraps the Kafka message converters of every Spring Boot application started in a test JVM — the
 * contexts of Spring tests and services a test starts by hand alike — so that every event they publish is
 * checked against the contract ({@link ContractCheckingConverters}). Registered in
 * {@code META-INF/spring.factories}; testkit is a test dependency only, so no service runs it in production.
 */
public class ContractCheckingInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new ContractCheckingConverters());
    }
}
