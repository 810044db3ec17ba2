package org.fyptracker.gateway;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** A stand-in authorization server: an RSA key, its JWK set over HTTP, and tokens shaped like the departments' ones. */
final class TestTokens implements AutoCloseable {

    private final RSAKey key;
    private final RSAKey stranger;
    private final HttpServer server;

    TestTokens() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k-1").generate();
        stranger = new RSAKeyGenerator(2048).keyID("k-1").generate(); // same kid, other key: a forgery
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks";
    }

    String token(String client, String department, String scope) throws Exception {
        return sign(key, client, department, scope, Instant.now(), Duration.ofMinutes(5), "fyp-tracker");
    }

    String expired(String client) throws Exception {
        return sign(key, client, "gl-gov", "report", Instant.now().minus(Duration.ofMinutes(20)), Duration.ofMinutes(5), "fyp-tracker");
    }

    String forged(String client) throws Exception {
        return sign(stranger, client, "gl-gov", "admin", Instant.now(), Duration.ofMinutes(5), "fyp-tracker");
    }

    String foreignAudience(String client) throws Exception {
        return sign(key, client, "gl-gov", "report", Instant.now(), Duration.ofMinutes(5), "another-platform");
    }

    private static String sign(RSAKey with, String client, String department, String scope, Instant issued,
                               Duration ttl, String audience) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(client).claim("client_id", client).claim("department", department).claim("scope", scope)
                .audience(List.of(audience)).issueTime(Date.from(issued)).notBeforeTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(ttl))).jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
