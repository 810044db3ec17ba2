package org.fyptracker.tracking.rebuild;

/** A read model that a rebuild may drop before its processor replays the topics from the start. */
public interface RebuildableReadModel {

    void drop();

    /** The collections it keeps: counted at the end of a rebuild. */
    java.util.List<String> collections();
}
