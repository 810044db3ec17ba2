package org.fyptracker.departments.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.departments.ClientScopes;
import org.fyptracker.contracts.departments.DepartmentKind;
import org.fyptracker.contracts.departments.RegisterClient;
import org.fyptracker.contracts.departments.RegisterDepartment;
import org.fyptracker.contracts.departments.RotateClientSecret;
import org.fyptracker.departments.client.ClientDirectory;
import org.fyptracker.departments.client.ClientSecrets;
import org.fyptracker.departments.security.DepartmentsSecurityProperties;
import org.fyptracker.platform.time.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * For the local stack: on first start, one client per role (admin, supervise, and report for two
 * departments), their credentials written to {@code fyp.departments.demo-clients-file}, readable only by
 * the user. Later starts change nothing while the clients and the file exist; if the file was deleted,
 * the clients get new secrets (the old ones were never stored). Runs before the service reports ready.
 */
@Component
@ConditionalOnProperty("fyp.departments.demo-clients-file")
public class DemoClients implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClients.class);

    record DemoDepartment(String code, String name, DepartmentKind kind) {
    }

    record DemoClient(String clientId, String department, List<String> scopes) {
    }

    /** What the file holds, one entry per client. */
    record Credentials(String clientId, String clientSecret, String department, List<String> scopes) {
    }

    static final List<DemoDepartment> DEPARTMENTS = List.of(
            new DemoDepartment("fz-drc", "福州市发展和改革委员会", DepartmentKind.SUPERVISORY_BODY),
            new DemoDepartment("fz-rd", "福州市人大常委会", DepartmentKind.SUPERVISORY_BODY),
            new DemoDepartment("fz-transport", "福州市交通运输局", DepartmentKind.CITY_BUREAU),
            new DemoDepartment("gl-gov", "鼓楼区人民政府", DepartmentKind.DISTRICT_GOVERNMENT));

    static final List<DemoClient> CLIENTS = List.of(
            new DemoClient("demo-admin", "fz-drc", List.of(ClientScopes.ADMIN)),
            new DemoClient("demo-supervise", "fz-rd", List.of(ClientScopes.SUPERVISE)),
            new DemoClient("demo-report-fz-transport", "fz-transport", List.of(ClientScopes.REPORT)),
            new DemoClient("demo-report-gl-gov", "gl-gov", List.of(ClientScopes.REPORT)));

    private final CommandGateway commands;
    private final EventStore events;
    private final ClientSecrets secrets;
    private final ClientDirectory directory;
    private final BusinessClock clock;
    private final ObjectMapper json;
    private final Path file;

    public DemoClients(CommandGateway commands, EventStore events, ClientSecrets secrets, ClientDirectory directory,
                       BusinessClock clock, ObjectMapper json, DepartmentsSecurityProperties properties) {
        this.commands = commands;
        this.events = events;
        this.secrets = secrets;
        this.directory = directory;
        this.clock = clock;
        this.json = json;
        this.file = properties.demoClientsFile();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (DemoDepartment department : DEPARTMENTS) {
            if (!exists(department.code())) {
                commands.sendAndWait(new RegisterDepartment(department.code(), department.name(), department.kind(),
                        null, provenance()));
            }
        }
        if (Files.exists(file) && CLIENTS.stream().allMatch(client -> exists(client.clientId()))) {
            log.info("demo clients exist; their credentials are in {}", file);
            return;
        }
        List<Credentials> written = new ArrayList<>();
        for (DemoClient client : CLIENTS) {
            ClientSecrets.Issued issued = secrets.issue();
            try {
                commands.sendAndWait(exists(client.clientId())
                        ? new RotateClientSecret(client.clientId(), issued.hash(), provenance())
                        : new RegisterClient(client.clientId(), client.department(), client.scopes(), issued.hash(), provenance()));
            } catch (RuleViolation revoked) {
                log.warn("demo client {} left out: {}", client.clientId(), revoked.getMessage());
                continue;
            }
            directory.awaitState(client.clientId(), c -> issued.hash().equals(c.secretHash()), Duration.ofSeconds(10));
            written.add(new Credentials(client.clientId(), issued.secret(), client.department(), client.scopes()));
        }
        writeOwnerOnly(written);
        log.info("{} demo clients' credentials written to {} (mode 600)", written.size(), file);
    }

    private boolean exists(String aggregateId) {
        return events.lastSequenceNumberFor(aggregateId).isPresent();
    }

    private Provenance provenance() {
        return Provenance.system(clock.now(), "demo-clients");
    }

    /** Written to a file created 600 and then moved over, so the secrets are never readable by others. */
    private void writeOwnerOnly(List<Credentials> credentials) throws IOException {
        Path directoryOfFile = file.toAbsolutePath().getParent();
        Files.createDirectories(directoryOfFile);
        Path temporary = Files.createTempFile(directoryOfFile, ".demo-clients", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(temporary)) {
            json.writerWithDefaultPrettyPrinter().writeValue(out, credentials);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
