package org.fyptracker.tracking.rebuild;

/** A read model that a rebuild may drop before its processor replays the topics from the start. */
public interface RebuildableReadModel {

    void drop();
}
