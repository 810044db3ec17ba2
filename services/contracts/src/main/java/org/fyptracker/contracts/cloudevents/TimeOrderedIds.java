package org.fyptracker.contracts.cloudevents;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids of events and messages: version-7 UUIDs (RFC 9562) — the time in milliseconds first, then 74 random bits. Ids
 * made later sort after ids made earlier, as text too, so a store keyed or indexed by event id (the event store's
 * {@code eventIdentifier}, tracking's logs keyed by it) adds each new one at the end of its index, where the pages are
 * already in memory, instead of at a random place in an index larger than the cache (docs/benchmarks.md, finding 41).
 * Random bits come from a {@link SecureRandom} of each thread's own, drawn 32 ids at a time: one generator shared by
 * the process was a lock request threads waited on (finding 35), and a draw per id was 10% of a projecting thread
 * (finding 36) — which is why this is not a library's generator, each of which draws from one shared source per id.
 */
public final class TimeOrderedIds {

    /** Ids drawn from the generator at once: each draw costs the DRBG a reseed check and a state update. */
    static final int IDS_PER_DRAW = 32;

    private static final ThreadLocal<Draws> DRAWS = ThreadLocal.withInitial(Draws::new);

    private TimeOrderedIds() {
    }

    /** A new id, made at this moment. */
    public static String next() {
        return DRAWS.get().next(System.currentTimeMillis()).toString();
    }

    /** The id of {@code millis} (since the epoch) with the given random bits: 48 bits of time, version, 74 random bits. */
    static UUID of(long millis, long randomHigh, long randomLow) {
        long high = (millis << 16) | 0x7000L | (randomHigh & 0x0fffL); // version 7: Unix time in milliseconds
        long low = (randomLow & 0x3fffffffffffffffL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low);
    }

    /** The millisecond an id was made in. */
    public static long millisOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    /** One thread's generator and the random bytes drawn from it not used yet. */
    private static final class Draws {
        private final SecureRandom random = newRandom();
        private final ByteBuffer drawn = ByteBuffer.allocate(16 * IDS_PER_DRAW).position(16 * IDS_PER_DRAW);

        UUID next(long millis) {
            if (!drawn.hasRemaining()) {
                random.nextBytes(drawn.array());
                drawn.clear();
            }
            return of(millis, drawn.getLong(), drawn.getLong());
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
