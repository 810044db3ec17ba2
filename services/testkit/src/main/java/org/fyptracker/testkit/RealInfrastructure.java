package org.fyptracker.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against a real Kafka broker (KRaft, in-process) and a real MongoDB wire-protocol
 * server on a TCP port: one of each per test JVM, and a fresh database per application context. Every
 * event the context publishes is checked against its published schema and the CloudEvent contract; a
 * violation fails the test class ({@link PublishedEventsContractListener}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
public @interface RealInfrastructure {
}
