package org.fyptracker.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.fyptracker.platform.ServiceStart;
import org.fyptracker.testkit.RealInfrastructureInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/**
 * A whole service (Axon processors, Kafka clients, MongoDB) started as its {@code main} starts it, on a port
 * something else holds: the start fails and the service ends its JVM with the failed-start code instead of
 * staying up with its processors running (docs/benchmarks.md, finding 13). The exit is recorded, not performed.
 */
class FailedStartIT {

    @Test
    void aServiceWhosePortIsTakenEndsItsJvm() throws Exception {
        List<Integer> exits = new ArrayList<>();
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            SpringApplication service = new SpringApplication(PlanCatalogApplication.class);
            service.addInitializers(new RealInfrastructureInitializer());
            String[] args = {"--server.port=" + taken.getLocalPort(), "--server.address=127.0.0.1"};

            assertThatThrownBy(() -> ServiceStart.run(service, args, exits::add)).hasRootCauseInstanceOf(BindException.class);
        }
        assertThat(exits).containsExactly(ServiceStart.FAILED_START);
    }
}
