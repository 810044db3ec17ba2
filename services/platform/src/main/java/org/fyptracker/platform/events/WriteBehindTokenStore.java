package org.fyptracker.platform.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

/**
 * A token store whose tokens of the groups that write behind ({@link WriteBehind}) are stored on the group's
 * writer, after the batch writes queued before them, and their claims extended there too. Claiming a segment
 * (fetching its token), releasing it, and every change of the group's tokens first wait for the writes queued and
 * make the holders of unstored state forget it, so a processor that starts again starts from what is stored. A
 * write's failure is cleared only once no other segment of the group is claimed here: a segment whose writes were
 * skipped behind the failure must fail and roll back too, not store a later token past them. Every other group
 * goes straight to the store.
 */
public final class WriteBehindTokenStore implements TokenStore {

    private final TokenStore store;
    private final Map<String, WriteBehind> byGroup;
    /** Segments claimed here, per group that writes behind. */
    private final Map<String, Set<Integer>> claimed = new ConcurrentHashMap<>();

    public WriteBehindTokenStore(TokenStore store, List<WriteBehind> writeBehinds) {
        this.store = store;
        this.byGroup = writeBehinds.stream().collect(Collectors.toUnmodifiableMap(WriteBehind::group, Function.identity()));
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        WriteBehind writes = byGroup.get(processorName);
        if (writes == null) {
            store.storeToken(token, processorName, segment);
        } else {
            writes.afterWrites(() -> store.storeToken(token, processorName, segment));
        }
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        settle(processorName, segment);
        TrackingToken token = store.fetchToken(processorName, segment);
        claimedIn(processorName).add(segment);
        return token;
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        settle(processorName, segment.getSegmentId());
        TrackingToken token = store.fetchToken(processorName, segment);
        claimedIn(processorName).add(segment.getSegmentId());
        return token;
    }

    /** Queued too: the processor extends its claim at the start of every batch, a round trip it need not wait for. */
    @Override
    public void extendClaim(String processorName, int segment) {
        WriteBehind writes = byGroup.get(processorName);
        if (writes == null) {
            store.extendClaim(processorName, segment);
        } else {
            writes.afterWrites(() -> store.extendClaim(processorName, segment));
        }
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        claimedIn(processorName).remove(segment);
        settle(processorName, segment);
        store.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        settle(processorName, -1);
        store.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        settle(processorName, -1);
        store.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        settle(processorName, segment);
        store.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        settle(processorName, segment);
        store.deleteToken(processorName, segment);
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return store.requiresExplicitSegmentInitialization();
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return store.fetchSegments(processorName);
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        return store.fetchAvailableSegments(processorName);
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        return store.retrieveStorageIdentifier();
    }

    private Set<Integer> claimedIn(String processorName) {
        return claimed.computeIfAbsent(processorName, name -> ConcurrentHashMap.newKeySet());
    }

    /**
     * Waits for the group's queued writes and makes the holders of unstored state forget it. A failure among the
     * writes (already logged by the writer) is cleared when no segment but {@code segment} is claimed here.
     */
    private void settle(String processorName, int segment) {
        WriteBehind writes = byGroup.get(processorName);
        if (writes == null) {
            return;
        }
        try {
            writes.drain();
        } catch (IllegalStateException failed) {
            if (claimedIn(processorName).stream().noneMatch(other -> other != segment)) {
                writes.clearFailure();
            }
        } finally {
            writes.forgetHeld();
        }
    }
}
