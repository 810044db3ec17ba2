package org.fyptracker.departments.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A token signing key at rest: the public JWK in clear, the private key only encrypted.
 *
 * @param retiredAt when a newer key took over signing; the key stays published until every token it
 *                  signed has expired, then the record is deleted
 */
@Document("signing_keys")
public record SigningKeyRecord(
        @Id String keyId,
        Instant createdAt,
        Instant retiredAt,
        String publicJwk,
        byte[] salt,
        byte[] iv,
        byte[] encryptedPrivateKey) {
}
