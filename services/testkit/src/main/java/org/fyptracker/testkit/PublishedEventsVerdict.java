package org.fyptracker.testkit;

import java.util.stream.Collectors;
import org.fyptracker.contracts.cloudevents.ContractViolation;

/**
 * The end of a test class for the events published meanwhile: prints how many of how many types were
 * checked against the contract, and fails the class when any broke it, naming type, field and rule.
 */
final class PublishedEventsVerdict {

    private PublishedEventsVerdict() {
    }

    static void endOf(Class<?> testClass, boolean printEvenIfNone) {
        PublishedEventsTally.Share share = PublishedEventsTally.takeClassShare();
        if (share.events() > 0 || printEvenIfNone) {
            System.out.printf("published events checked against the contract in %s: %s %s; in this JVM: %s%n",
                    testClass.getSimpleName(), share.summary(), share.eventsByType(), PublishedEventsTally.inThisJvm().summary());
        }
        if (!share.violations().isEmpty()) {
            throw new AssertionError(share.violations().size() + " contract violations (docs/integrators.md) in events published"
                    + " during " + testClass.getName() + ":\n" + share.violations().stream().map(ContractViolation::toString)
                    .map(v -> "  " + v).collect(Collectors.joining("\n")));
        }
    }
}
