package org.fyptracker.catalog.browse;

/**
 * Where a searched phrase occurs.
 *
 * @param kind PART, CHAPTER, SECTION, BOX, BOX_ITEM or INDICATOR
 * @param text the title, or the whole box item paragraph, or the indicator name
 */
public record SearchHit(String planCode, String code, String kind, String text) {
}
