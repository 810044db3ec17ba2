package org.fyptracker.catalog.importer;

/**
 * What the importer found, for the import report.
 *
 * @param indicatorRows  numbered rows (序号) of the main-indicator table; a row split into sub-rows counts once
 * @param indicators     indicators made from them, one per sub-row
 * @param bodyParagraphs prose paragraphs placed in the preface, parts, chapters and sections
 */
public record ImportCounts(
        int frontMatterLines,
        int tableOfContentsLines,
        int parts,
        int chapters,
        int sections,
        int subheadings,
        int boxes,
        int boxItems,
        int glossaryTerms,
        int indicatorRows,
        int indicators,
        int historicalIndicators,
        int tableNotes,
        int figures,
        int bodyParagraphs,
        int warnings) {
}
