package org.fyptracker.departments.client;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes client secrets and their hashes. A secret is 32 random bytes (256 bits), so its BCrypt hash,
 * which travels in events, cannot be brute-forced back. The clear secret exists only in the answer to
 * the admin who asked for it.
 */
@Component
public class ClientSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordEncoder encoder;

    public ClientSecrets(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    /** A new secret and its hash, as the client directory stores it ({@code {bcrypt}…}). */
    public Issued issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(secret, encoder.encode(secret));
    }

    /** The secret is shown once; toString keeps it out of logs and exception messages. */
    public record Issued(String secret, String hash) {
        @Override
        public String toString() {
            return "Issued[secret=***, hash=" + hash + "]";
        }
    }
}
