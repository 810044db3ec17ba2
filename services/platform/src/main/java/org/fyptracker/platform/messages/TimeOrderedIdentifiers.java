package org.fyptracker.platform.messages;

import org.axonframework.common.IdentifierFactory;
import org.fyptracker.contracts.cloudevents.TimeOrderedIds;

/**
 * Axon's message identifiers — of every command, event and result message, and so the events' CloudEvent ids — as
 * {@link TimeOrderedIds}: version-7 UUIDs that sort by the time they were made, instead of Axon's default random
 * version-4 ones, whose every insert into an index keyed by them lands on a random page (docs/benchmarks.md, finding
 * 41), and which it draws through one lock shared by the process (finding 35). Axon finds this class through
 * {@code META-INF/services/org.axonframework.common.IdentifierFactory}.
 */
public final class TimeOrderedIdentifiers extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        return TimeOrderedIds.next();
    }
}
