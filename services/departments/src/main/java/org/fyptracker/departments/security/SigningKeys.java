package org.fyptracker.departments.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The token signing keys, kept in MongoDB (private parts encrypted) so every instance signs with the same
 * key and a restart keeps them. The newest key signs; older ones stay in the JWK set until the tokens they
 * signed have expired, so rotating never makes a valid token unverifiable. Serves both the token encoder
 * and the JWK set endpoint (which publishes the public parts only).
 */
public class SigningKeys implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    /** How often an instance looks for keys another instance added. */
    private static final Duration REFRESH = Duration.ofSeconds(10);
    /** A token with an unknown key id makes an early look, at most this often. */
    private static final Duration MISS_REFRESH = Duration.ofSeconds(1);

    private final MongoTemplate mongo;
    private final KeyEncryption encryption;
    private final Clock clock;
    private final Duration publishedAfterRetirement;
    private final Map<String, RSAKey> opened = new ConcurrentHashMap<>();
    private volatile Loaded loaded;

    private record Loaded(JWKSet keys, String signingKeyId, Instant at) {
    }

    /** A key as the admin API lists it. */
    public record KeyInfo(String keyId, Instant createdAt, Instant retiredAt, boolean signing) {
    }

    public SigningKeys(MongoTemplate mongo, String keyEncryptionSecret, Clock clock, Duration tokenTtl) {
        this.mongo = mongo;
        this.encryption = new KeyEncryption(keyEncryptionSecret);
        this.clock = clock;
        // Tokens live tokenTtl; a minute more covers clock skew between issuer and resource servers.
        this.publishedAfterRetirement = tokenTtl.plusMinutes(1);
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        Loaded current = current();
        List<JWK> found = selector.select(current.keys());
        if (found.isEmpty() && wantsKeyId(selector.getMatcher())
                && current.at().plus(MISS_REFRESH).isBefore(clock.instant())) {
            found = selector.select(reload().keys()); // another instance may have rotated just now
        }
        return found;
    }

    /** The key id the next token is signed with. */
    public String signingKeyId() {
        return current().signingKeyId();
    }

    public List<KeyInfo> list() {
        String signing = current().signingKeyId();
        return mongo.findAll(SigningKeyRecord.class).stream()
                .sorted(Comparator.comparing(SigningKeyRecord::createdAt))
                .map(r -> new KeyInfo(r.keyId(), r.createdAt(), r.retiredAt(), r.keyId().equals(signing)))
                .toList();
    }

    /** Adds a new signing key; the previous ones stay published until their tokens have expired. */
    public synchronized KeyInfo rotate() {
        Instant now = clock.instant();
        SigningKeyRecord added = create(now);
        mongo.updateMulti(Query.query(Criteria.where("_id").ne(added.keyId()).and("retiredAt").is(null)),
                Update.update("retiredAt", now), SigningKeyRecord.class);
        reload();
        log.info("signing key rotated newKeyId={}", added.keyId());
        return new KeyInfo(added.keyId(), added.createdAt(), null, true);
    }

    private Loaded current() {
        Loaded snapshot = loaded;
        if (snapshot == null || snapshot.at().plus(REFRESH).isBefore(clock.instant())) {
            return reload();
        }
        return snapshot;
    }

    private synchronized Loaded reload() {
        Instant now = clock.instant();
        mongo.remove(Query.query(Criteria.where("retiredAt").lt(now.minus(publishedAfterRetirement))), SigningKeyRecord.class);
        List<SigningKeyRecord> records = mongo.findAll(SigningKeyRecord.class);
        if (records.isEmpty()) {
            records = List.of(create(now));
            log.info("first signing key created keyId={}", records.get(0).keyId());
        }
        SigningKeyRecord newest = records.stream().max(Comparator.comparing(SigningKeyRecord::createdAt)).orElseThrow();
        List<JWK> keys = records.stream().map(r -> (JWK) open(r)).toList();
        opened.keySet().retainAll(records.stream().map(SigningKeyRecord::keyId).toList());
        Loaded fresh = new Loaded(new JWKSet(keys), newest.keyId(), now);
        loaded = fresh;
        return fresh;
    }

    private SigningKeyRecord create(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String keyId = UUID.randomUUID().toString();
            RSAKey publicKey = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
            KeyEncryption.Sealed sealed = encryption.seal(pair.getPrivate().getEncoded(), keyId);
            SigningKeyRecord record = new SigningKeyRecord(keyId, now, null, publicKey.toJSONString(),
                    sealed.salt(), sealed.iv(), sealed.ciphertext());
            mongo.insert(record);
            return record;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an RSA signing key", e);
        }
    }

    private RSAKey open(SigningKeyRecord record) {
        return opened.computeIfAbsent(record.keyId(), keyId -> {
            try {
                byte[] pkcs8 = encryption.open(new KeyEncryption.Sealed(record.salt(), record.iv(),
                        record.encryptedPrivateKey()), keyId);
                RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                        .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
                return new RSAKey.Builder(RSAKey.parse(record.publicJwk())).privateKey(privateKey).build();
            } catch (GeneralSecurityException | ParseException e) {
                throw new IllegalStateException("signing key " + keyId + " is unreadable", e);
            }
        });
    }

    private static boolean wantsKeyId(JWKMatcher matcher) {
        return matcher.getKeyIDs() != null && !matcher.getKeyIDs().isEmpty();
    }
}
