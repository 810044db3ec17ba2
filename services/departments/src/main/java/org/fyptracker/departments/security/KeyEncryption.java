package org.fyptracker.departments.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts private signing keys at rest with AES-256-GCM, under a key derived (PBKDF2, per-record salt)
 * from {@code fyp.departments.key-encryption-secret}. The key id is bound as associated data, so an
 * encrypted key cannot be moved onto another record.
 */
final class KeyEncryption {

    private static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] secret;

    KeyEncryption(String secret) {
        this.secret = secret.toCharArray();
    }

    record Sealed(byte[] salt, byte[] iv, byte[] ciphertext) {
    }

    Sealed seal(byte[] plaintext, String keyId) {
        byte[] salt = random(16);
        byte[] iv = random(12);
        return new Sealed(salt, iv, run(Cipher.ENCRYPT_MODE, salt, iv, keyId, plaintext));
    }

    byte[] open(Sealed sealed, String keyId) {
        return run(Cipher.DECRYPT_MODE, sealed.salt(), sealed.iv(), keyId, sealed.ciphertext());
    }

    private byte[] run(int mode, byte[] salt, byte[] iv, String keyId, byte[] input) {
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] key = factory.generateSecret(new PBEKeySpec(secret, salt, ITERATIONS, 256)).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // Wrong key-encryption-secret, or a tampered record: never fall back to anything.
            throw new IllegalStateException("signing key " + keyId + " cannot be decrypted with the configured "
                    + "fyp.departments.key-encryption-secret", e);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
