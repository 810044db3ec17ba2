package org.fyptracker.departments;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.fyptracker.testkit.MongoCommandCount;
import org.fyptracker.testkit.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole departments service on a random port over the real Kafka broker and MongoDB-wire server, with
 * its demo clients (one per role) written to a file of the test's own. Every integration test of the
 * service extends this, so they share one running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "fyp.departments.key-encryption-secret=it-only-secret-7c1e0d5b2a")
@RealInfrastructure
@Import(MongoCommandCount.Counting.class)
public abstract class LiveDepartmentsService {

    protected static final Path DEMO_FILE = DepartmentsApi.newDemoClientsFile();

    @DynamicPropertySource
    static void demoClients(DynamicPropertyRegistry registry) {
        registry.add("fyp.departments.demo-clients-file", DEMO_FILE::toString);
    }

    @LocalServerPort
    protected int port;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrap;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected ObjectMapper json;

    protected DepartmentsApi api;

    @BeforeEach
    void connect() {
        api = new DepartmentsApi(port, json, DEMO_FILE);
    }
}
