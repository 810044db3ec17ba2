package org.fyptracker.projects.web;

/** Answer of a creating POST. */
public record Created(String id) {
}
