package org.fyptracker.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;

/** A context that fails to start ends the JVM (here: the exit is recorded); one that starts does not. */
class ServiceStartTest {

    @SpringBootConfiguration
    @ImportAutoConfiguration(ServletWebServerFactoryAutoConfiguration.class)
    static class WebOnly {
    }

    private final List<Integer> exits = new ArrayList<>();

    @Test
    void aTakenPortEndsTheJvmWithTheFailedStartCode() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String[] args = {"--server.port=" + taken.getLocalPort(), "--server.address=127.0.0.1"};

            assertThatThrownBy(() -> ServiceStart.run(new SpringApplication(WebOnly.class), args, exits::add))
                    .hasRootCauseInstanceOf(java.net.BindException.class)
                    .satisfiesAnyOf(e -> assertThat(e).isInstanceOf(PortInUseException.class),
                            e -> assertThat(e).hasCauseInstanceOf(PortInUseException.class));
        }
        assertThat(exits).containsExactly(ServiceStart.FAILED_START);
    }

    @Test
    void aStartedContextIsReturnedAndNothingExits() {
        String[] args = {"--server.port=0", "--server.address=127.0.0.1"};
        try (ConfigurableApplicationContext context = ServiceStart.run(new SpringApplication(WebOnly.class), args, exits::add)) {
            assertThat(context.isActive()).isTrue();
        }
        assertThat(exits).isEmpty();
    }

    @Test
    void aStartedServiceDoesNotPhoneHomeToAxonIqUnlessAskedTo() {
        String before = System.clearProperty(ServiceStart.UPDATE_CHECKER_DISABLED);
        String[] args = {"--server.port=0", "--server.address=127.0.0.1"};
        try (ConfigurableApplicationContext context = ServiceStart.run(new SpringApplication(WebOnly.class), args, exits::add)) {
            assertThat(System.getProperty(ServiceStart.UPDATE_CHECKER_DISABLED)).isEqualTo("true");
        } finally {
            restore(before);
        }
        System.setProperty(ServiceStart.UPDATE_CHECKER_DISABLED, "false"); // an operator's choice is kept
        try (ConfigurableApplicationContext context = ServiceStart.run(new SpringApplication(WebOnly.class), args, exits::add)) {
            assertThat(System.getProperty(ServiceStart.UPDATE_CHECKER_DISABLED)).isEqualTo("false");
        } finally {
            restore(before);
        }
    }

    private static void restore(String value) {
        if (value == null) {
            System.clearProperty(ServiceStart.UPDATE_CHECKER_DISABLED);
        } else {
            System.setProperty(ServiceStart.UPDATE_CHECKER_DISABLED, value);
        }
    }
}
