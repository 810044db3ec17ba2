package org.fyptracker.departments.client;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fyptracker.contracts.departments.ClientRegistered;
import org.fyptracker.contracts.departments.ClientRevoked;
import org.fyptracker.contracts.departments.ClientSecretRotated;
import org.fyptracker.departments.registry.DepartmentRegistryProjection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The clients the authorization server knows, from this service's own event store: token issuing must
 * not depend on Kafka being up. Same processing group as the registry, so both are in one order.
 */
@Component
@ProcessingGroup(DepartmentRegistryProjection.GROUP)
public class ClientDirectoryProjection {

    private final MongoTemplate mongo;

    public ClientDirectoryProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ClientRegistered e, @Timestamp Instant at) {
        mongo.save(new ClientView(e.clientId(), e.department(), e.scopes(), e.secretHash(), false, at, null, null));
    }

    @EventHandler
    void on(ClientSecretRotated e, @Timestamp Instant at) {
        set(e.clientId(), Update.update("secretHash", e.secretHash()).set("secretRotatedAt", at));
    }

    @EventHandler
    void on(ClientRevoked e, @Timestamp Instant at) {
        set(e.clientId(), Update.update("revoked", true).set("revokedAt", at));
    }

    private void set(String clientId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(clientId)), update, ClientView.class);
    }
}
