package org.fyptracker.departments.client;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fyptracker.contracts.Provenance;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.contracts.departments.ClientRegistered;
import org.fyptracker.contracts.departments.ClientRevoked;
import org.fyptracker.contracts.departments.ClientSecretRotated;
import org.fyptracker.contracts.departments.RegisterClient;
import org.fyptracker.contracts.departments.RevokeClient;
import org.fyptracker.contracts.departments.RotateClientSecret;

/**
 * A machine client: a department's system that obtains access tokens with the client credentials grant.
 * It only ever sees the hash of its secret. Revoking is final: a revoked client id is never reused.
 */
@Aggregate
public class MachineClient {

    @AggregateIdentifier
    private String clientId;
    private String department;
    private boolean revoked;
    private final Set<String> seenIdempotencyKeys = new HashSet<>();

    protected MachineClient() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public MachineClient(RegisterClient command) {
        ClientRules.requireClientId(command.clientId());
        if (command.department() == null || command.department().isBlank()) {
            throw RuleViolation.invalid("department-required", "department", "name the department the client acts for");
        }
        ClientRules.requireScopes(command.scopes());
        ClientRules.requireHashed(command.secretHash());
        apply(new ClientRegistered(command.clientId(), command.department(), command.scopes(), command.secretHash(),
                command.provenance()));
    }

    @CommandHandler
    public void handle(RotateClientSecret command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireNotRevoked();
        ClientRules.requireHashed(command.secretHash());
        apply(new ClientSecretRotated(clientId, department, command.secretHash(), command.provenance()));
    }

    @CommandHandler
    public void handle(RevokeClient command) {
        if (alreadyHandled(command.provenance())) {
            return;
        }
        requireNotRevoked();
        if (command.reason() == null || command.reason().isBlank()) {
            throw RuleViolation.invalid("reason-required", "reason", "say why the client is revoked");
        }
        apply(new ClientRevoked(clientId, department, command.reason(), command.provenance()));
    }

    private void requireNotRevoked() {
        if (revoked) {
            throw RuleViolation.conflict("client-revoked", "clientId", "client " + clientId + " is revoked");
        }
    }

    private boolean alreadyHandled(Provenance provenance) {
        return provenance != null && provenance.idempotencyKey() != null
                && seenIdempotencyKeys.contains(provenance.idempotencyKey());
    }

    private void remember(Provenance provenance) {
        if (provenance != null && provenance.idempotencyKey() != null) {
            seenIdempotencyKeys.add(provenance.idempotencyKey());
        }
    }

    @EventSourcingHandler
    void on(ClientRegistered event) {
        clientId = event.clientId();
        department = event.department();
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(ClientSecretRotated event) {
        remember(event.provenance());
    }

    @EventSourcingHandler
    void on(ClientRevoked event) {
        revoked = true;
        remember(event.provenance());
    }
}
