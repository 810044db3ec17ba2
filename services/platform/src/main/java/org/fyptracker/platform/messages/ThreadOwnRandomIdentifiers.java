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

    /** Ids drawn from the generator at once: each draw costs the DRBG a reseed check and a state update. */
    static final int IDS_PER_DRAW = 32;

    private static final ThreadLocal<Draws> DRAWS = ThreadLocal.withInitial(Draws::new);

    @Override
    public String generateIdentifier() {
        return DRAWS.get().next();
    }

    /**
     * One thread's generator and the random bytes drawn from it not used yet. Drawing 16 bytes at a time was 10% of
     * tracking's projecting thread in a rebuild (docs/benchmarks.md, finding 36).
     */
    private static final class Draws {
        private final SecureRandom random = newRandom();
        private final ByteBuffer drawn = ByteBuffer.allocate(16 * IDS_PER_DRAW).position(16 * IDS_PER_DRAW);

        String next() {
            if (!drawn.hasRemaining()) {
                random.nextBytes(drawn.array());
                drawn.clear();
            }
            long high = drawn.getLong();
            long low = drawn.getLong();
            high = (high & ~0xf000L) | 0x4000L; // version 4: random
            low = (low & 0x3fffffffffffffffL) | 0x8000000000000000L; // IETF variant
            return new UUID(high, low).toString();
        }

        private static SecureRandom newRandom() {
            try {
                return SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException notOnThisJdk) {
                return new SecureRandom();
            }
        }
    }
}
