package org.fyptracker.tracking.events;

import java.util.function.Supplier;

/**
 * A whole read model held in memory and read again only when its {@link ReadModelVersions} counter moved:
 * every dashboard question needs all of it, and checking the counter is one lookup of one small document.
 *
 * @param <T> what is held (the read model as the readers need it)
 */
public final class HeldPerVersion<T> {

    private record Held<T>(long version, T value) {
    }

    private final ReadModelVersions versions;
    private final String readModel;
    private final Supplier<T> read;
    private volatile Held<T> held;

    /** @param readModel the read model's collection; @param read reads it whole from MongoDB */
    public HeldPerVersion(ReadModelVersions versions, String readModel, Supplier<T> read) {
        this.versions = versions;
        this.readModel = readModel;
        this.read = read;
    }

    public T get() {
        long now = versions.current(readModel); // before the read: a write in between makes the next get read again
        Held<T> known = held;
        if (known == null || known.version() != now) {
            known = new Held<>(now, read.get());
            held = known;
        }
        return known.value();
    }
}
