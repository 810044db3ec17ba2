package org.fyptracker.testkit;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The same verdict for test classes that are not Spring tests but start services themselves (a service
 * restarted within a test): registered for every test class by JUnit's extension auto-detection
 * ({@code META-INF/services}, enabled in the build's surefire and failsafe configuration). For Spring
 * tests the listener has already taken the class's share, so this finds nothing more.
 */
public class PublishedEventsContractExtension implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        PublishedEventsVerdict.endOf(context.getRequiredTestClass(), false);
    }
}
