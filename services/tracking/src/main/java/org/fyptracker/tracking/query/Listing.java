package org.fyptracker.tracking.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every tracking list answers in this shape: what it was computed for ({@code asOf}, {@code year}, the
 * {@code filters} and {@code sort} applied), the page, the number of items matching, the items, and
 * figures of the whole match ({@code summary}, e.g. alarms).
 */
public record Listing<T>(LocalDate asOf, Integer year, Map<String, Object> filters, List<String> sort, int page,
                         int size, long total, List<T> items, Map<String, Object> summary) {
}
