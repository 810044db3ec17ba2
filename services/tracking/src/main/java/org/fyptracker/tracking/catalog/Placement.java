package org.fyptracker.tracking.catalog;

/**
 * Where a project sits in its plan, resolved from its plan reference; null where the reference says nothing
 * (a chapter-level project has no box; a plan without parts has no part).
 */
public record Placement(String plan, Integer part, Integer chapter, Integer box) {

    /** A reference to a plan the catalog does not hold (yet). */
    public static final Placement NOWHERE = new Placement(null, null, null, null);
}
