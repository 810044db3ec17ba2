package org.fyptracker.platform.messages;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;

/**
 * Axon's message identifiers as random (version 4) UUIDs, as its default makes them, but from a {@link SecureRandom}
 * of each thread's own. The default calls {@link UUID#randomUUID()} for every command, event and result message, and
 * that goes through one {@code NativePRNG} lock shared by the whole process: under ingest, request threads waited
 * on it 33 times in two minutes, up to 61 ms (docs/benchmarks.md, finding 35). Axon finds this class through
 * {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public final class ThreadOwnRandomIdentifiers extends IdentifierFactory {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(ThreadOwnRandomIdentifiers::newRandom);

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException notOnThisJdk) {
            return new SecureRandom();
        }
    }

    @Override
    public String generateIdentifier() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4: random
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer both = ByteBuffer.wrap(bytes);
        return new UUID(both.getLong(), both.getLong()).toString();
    }
}
