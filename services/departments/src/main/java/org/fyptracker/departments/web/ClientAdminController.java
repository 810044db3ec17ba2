package org.fyptracker.departments.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.departments.RegisterClient;
import org.fyptracker.contracts.departments.RevokeClient;
import org.fyptracker.contracts.departments.RotateClientSecret;
import org.fyptracker.departments.client.ClientDirectory;
import org.fyptracker.departments.client.ClientRules;
import org.fyptracker.departments.client.ClientSecrets;
import org.fyptracker.departments.client.ClientSummary;
import org.fyptracker.departments.registry.DepartmentRegistry;
import org.fyptracker.platform.http.writes.WriteRequests;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins issue, rotate and revoke the machine clients departments' systems use. Registering and rotating
 * answer with the secret, once; each returns only when the token endpoint already acts on the change.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/departments/clients", produces = "application/json")
public class ClientAdminController {

    /** How long a write waits for the client directory to show it before answering anyway. */
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WriteRequests writes;
    private final ClientSecrets secrets;
    private final ClientDirectory directory;
    private final DepartmentRegistry registry;

    public ClientAdminController(WriteRequests writes, ClientSecrets secrets, ClientDirectory directory, DepartmentRegistry registry) {
        this.writes = writes;
        this.secrets = secrets;
        this.directory = directory;
        this.registry = registry;
    }

    @GetMapping
    public List<ClientSummary> list() {
        return directory.all();
    }

    @GetMapping("/{clientId}")
    public ClientSummary get(@PathVariable String clientId) {
        checkClientId(clientId);
        return directory.find(clientId).map(c -> c.summary()).orElseThrow(() -> unknown(clientId));
    }

    /** Not replayable under an Idempotency-Key (the answer holds the secret): a repeat is refused with 409. */
    @PostMapping(consumes = "application/json")
    public ResponseEntity<ClientRequests.Credentials> register(@Valid @RequestBody ClientRequests.Register body) {
        if (!registry.isActive(body.department())) {
            throw RuleViolation.invalid("department-unknown", "department", "no active department " + body.department() + " is registered");
        }
        String clientId = body.clientId() != null ? body.clientId() : newClientId(body.department());
        ClientSecrets.Issued issued = secrets.issue();
        writes.once(request -> {
            try {
                request.send(new RegisterClient(clientId, body.department(), body.scopes(), issued.hash(), request.provenance()));
            } catch (AggregateStreamCreationException taken) {
                throw RuleViolation.conflict("client-already-registered", "clientId",
                        "client " + clientId + " exists; rotate its secret to get a new one");
            }
            return null;
        });
        directory.awaitState(clientId, c -> true, VISIBLE_WITHIN);
        return ResponseEntity.created(URI.create("/api/v1/admin/departments/clients/" + clientId))
                .cacheControl(CacheControl.noStore())
                .body(new ClientRequests.Credentials(clientId, issued.secret(), body.department(), body.scopes(), "/oauth2/token"));
    }

    /** A repeat makes yet another secret; the last answer is the one that works. */
    @PostMapping("/{clientId}/rotate-secret")
    public ResponseEntity<ClientRequests.Credentials> rotate(@PathVariable String clientId) {
        checkClientId(clientId);
        ClientSecrets.Issued issued = secrets.issue();
        writes.once(request -> {
            request.send(new RotateClientSecret(clientId, issued.hash(), request.provenance()));
            return null;
        });
        directory.awaitState(clientId, c -> issued.hash().equals(c.secretHash()), VISIBLE_WITHIN);
        var client = directory.find(clientId).orElseThrow(() -> unknown(clientId));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new ClientRequests.Credentials(clientId, issued.secret(), client.department(), client.scopes(), "/oauth2/token"));
    }

    @PostMapping(path = "/{clientId}/revoke", consumes = "application/json")
    public ResponseEntity<?> revoke(@PathVariable String clientId,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                    @Valid @RequestBody ClientRequests.Revoke body) {
        checkClientId(clientId);
        return writes.execute(key, List.of("revoke", clientId, body), request -> {
            request.send(new RevokeClient(clientId, body.reason(), request.provenance()));
            directory.awaitState(clientId, c -> c.revoked(), VISIBLE_WITHIN);
            return ResponseEntity.status(HttpStatus.OK).body(Map.of("clientId", clientId, "status", "REVOKED"));
        });
    }

    /** e.g. {@code gl-gov-3f9a1c07}: readable in logs, unguessable enough not to collide. */
    private static String newClientId(String department) {
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        return department.substring(0, Math.min(department.length(), 55)) + "-" + HexFormat.of().formatHex(suffix);
    }

    private static void checkClientId(String clientId) {
        if (clientId == null || !clientId.matches(ClientRules.CLIENT_ID)) {
            throw RuleViolation.invalid("client-id-format", "clientId", "not a client id");
        }
    }

    private static RuleViolation unknown(String clientId) {
        return RuleViolation.notFound("client-unknown", "clientId", "no client " + clientId + " is registered");
    }
}
