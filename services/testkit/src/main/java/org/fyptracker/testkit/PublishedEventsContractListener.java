package org.fyptracker.testkit;

import java.time.Duration;
import java.util.stream.Collectors;
import org.fyptracker.contracts.cloudevents.ContractViolation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * After each Spring test class: waits for the publisher to send what the class caused, prints how many
 * published events of how many types were checked against the contract, and fails the class when any of
 * them broke it, naming the event type, the field and the rule. Registered for every Spring test by
 * {@code META-INF/spring.factories}; the records are checked by the converters
 * {@link RealInfrastructureInitializer} wraps.
 */
public class PublishedEventsContractListener extends AbstractTestExecutionListener {

    static final Duration DRAIN = Duration.ofSeconds(30);

    /** After-class listeners run in reverse order: this one before DirtiesContext (3000) closes the context. */
    @Override
    public int getOrder() {
        return 3100;
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            PublisherDrain.await(testContext.getApplicationContext(), DRAIN);
        }
        PublishedEventsTally.Share share = PublishedEventsTally.takeClassShare();
        Class<?> testClass = testContext.getTestClass();
        if (share.events() > 0 || MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(RealInfrastructure.class)) {
            System.out.printf("published events checked against the contract in %s: %s %s; in this JVM: %s%n",
                    testClass.getSimpleName(), share.summary(), share.eventsByType(), PublishedEventsTally.inThisJvm().summary());
        }
        if (!share.violations().isEmpty()) {
            throw new AssertionError(share.violations().size() + " contract violations (docs/integrators.md) in events published"
                    + " in " + testClass.getName() + ":\n" + share.violations().stream().map(ContractViolation::toString)
                    .map(v -> "  " + v).collect(Collectors.joining("\n")));
        }
    }
}
