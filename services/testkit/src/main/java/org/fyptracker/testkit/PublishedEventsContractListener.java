package org.fyptracker.testkit;

import java.time.Duration;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * After each Spring test class: waits for the context's publisher to send what the class caused, then
 * gives the verdict on the events published meanwhile ({@link PublishedEventsVerdict}: summary, and a
 * failure of the class on any contract violation). Registered for every Spring test by
 * {@code META-INF/spring.factories}.
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
        Class<?> testClass = testContext.getTestClass();
        PublishedEventsVerdict.endOf(testClass, MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(RealInfrastructure.class));
    }
}
