package org.fyptracker.platform.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

/**
 * A token store whose tokens of the groups that write behind ({@link WriteBehind}) are stored on the group's
 * writer, after the batch writes queued before them, and their claims extended there too. Claiming a segment (fetching its token), releasing it,
 * and every change of the group's tokens first wait for the writes queued, then reset the group's writer, so a
 * processor that starts again starts from what is stored. Every other group goes straight to the store.
 */
public final class WriteBehindTokenStore implements TokenStore {

    private final TokenStore store;
    private final Map<String, WriteBehind> byGroup;

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
        settle(processorName);
        return store.fetchToken(processorName, segment);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) {
        settle(processorName);
        return store.fetchToken(processorName, segment);
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
        settle(processorName);
        store.releaseClaim(processorName, segment);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        settle(processorName);
        store.initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        settle(processorName);
        store.initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        settle(processorName);
        store.initializeSegment(token, processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        settle(processorName);
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

    /**
     * Waits for the group's queued writes; a failure among them is dropped with them (the processor handles those
     * events again from the token stored before them), and the group's writer starts afresh.
     */
    private void settle(String processorName) {
        WriteBehind writes = byGroup.get(processorName);
        if (writes == null) {
            return;
        }
        try {
            writes.drain();
        } catch (IllegalStateException failed) {
            // already logged by the writer; what failed is handled again
        } finally {
            writes.reset();
        }
    }
}
