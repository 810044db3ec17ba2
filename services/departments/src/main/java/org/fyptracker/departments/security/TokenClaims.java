package org.fyptracker.departments.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The claims every service relies on: {@code department} (the code the client acts for), {@code scope}
 * (space-separated, RFC 9068) and {@code client_id}. A token request without {@code scope} gets all the
 * client's scopes. {@code sub} is the client id too; {@code aud} is the whole platform.
 */
public class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    public static final String DEPARTMENT = "department";
    public static final String SCOPE = "scope";
    public static final String CLIENT_ID = "client_id";
    public static final String AUDIENCE = "fyp-tracker";

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        RegisteredClient client = context.getRegisteredClient();
        Set<String> scopes = context.getAuthorizedScopes().isEmpty() ? client.getScopes() : context.getAuthorizedScopes();
        context.getClaims()
                .claim(DEPARTMENT, client.getClientSettings().<String>getSetting(DirectoryRegisteredClients.DEPARTMENT))
                .claim(SCOPE, String.join(" ", new TreeSet<>(scopes)))
                .claim(CLIENT_ID, client.getClientId())
                .audience(List.of(AUDIENCE));
    }
}
