package org.fyptracker.catalog.importer;

/** A 第N篇/章/节 heading: its kind, number and title (title may still need the next line). */
record Heading(LineKind kind, int number, String title) {
}
