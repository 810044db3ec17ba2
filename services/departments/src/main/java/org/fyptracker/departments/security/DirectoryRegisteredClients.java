package org.fyptracker.departments.security;

import java.time.Duration;
import org.fyptracker.departments.client.ClientDirectory;
import org.fyptracker.departments.client.ClientView;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The authorization server's clients, read from the client directory (built from the client events). A
 * revoked client is unknown here, so it gets no token. Every client may use the client credentials grant
 * with HTTP Basic authentication, and nothing else.
 */
public class DirectoryRegisteredClients implements RegisteredClientRepository {

    /** Client setting carrying the department code into the token customizer. */
    static final String DEPARTMENT = "fyp.department";

    private final ClientDirectory directory;
    private final Duration accessTokenTtl;

    public DirectoryRegisteredClients(ClientDirectory directory, Duration accessTokenTtl) {
        this.directory = directory;
        this.accessTokenTtl = accessTokenTtl;
    }

    /** Clients change only through their events (the admin API), never through the authorization server. */
    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("clients are registered through /api/v1/admin/departments/clients");
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return directory.find(clientId).filter(c -> !c.revoked()).map(this::toRegistered).orElse(null);
    }

    private RegisteredClient toRegistered(ClientView client) {
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientSecret(client.secretHash())
                .clientIdIssuedAt(client.registeredAt())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .clientSettings(ClientSettings.builder().setting(DEPARTMENT, client.department()).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(accessTokenTtl)
                        .build())
                .build();
    }
}
