package org.fyptracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/up} when a service cannot start: two services are given the same port, so the one that binds
 * second fails with "Port … was already in use". Its JVM must end (platform {@code ServiceStart}) and
 * {@code deploy/up} must say so with the service's own report and stop everything — not wait for its health
 * until the start timeout (set far beyond the time {@link LocalStack} gives {@code deploy/up}, so waiting would
 * fail this test as "did not finish").
 */
class StartFailureIT {

    private LocalStack stack;

    @AfterEach
    void stopWhatever() throws Exception {
        if (stack != null) {
            stack.down();
            stack.discardIsolatedJars();
        }
    }

    @Test
    void aServiceThatCannotBindItsPortFailsTheStartAtOnce() throws Exception {
        stack = new LocalStack("start-failure-" + Long.toString(System.currentTimeMillis(), 36)).isolate();
        stack.env.put("FYP_PORT_INDICATORS", String.valueOf(stack.servicePort("projects")));
        stack.env.put("FYP_START_TIMEOUT", "900");

        assertThatThrownBy(stack::up)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed with exit 1")
                .hasMessageMatching("(?s).*FAILED: (projects|indicators) exited while starting \\(exit code 1\\).*")
                .hasMessageContaining("was already in use");
        for (String process : new String[]{"gateway", "tracking", "projects", "indicators", "kafka", "mongo"}) {
            assertThat(stack.dataDir.resolve("pids/" + process + ".pid")).as("stopped: " + process).doesNotExist();
        }
    }
}
