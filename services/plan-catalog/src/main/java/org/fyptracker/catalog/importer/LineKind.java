package org.fyptracker.catalog.importer;

/** What a single line looks like on its own; the walker decides by context what it means. */
enum LineKind {
    BLANK,
    PREFACE,
    PART,
    CHAPTER,
    SECTION,
    /** 一、发展形势: a heading inside a section. */
    SUBHEADING,
    BOX_TITLE,
    /** "1. 城际交通网": a numbered group heading inside a box. */
    BOX_GROUP,
    GLOSSARY_TITLE,
    GLOSSARY_ENTRY,
    TABLE_TITLE,
    TABLE_ROW,
    /** "------\t----": a ruler the conversion left under a table. */
    TABLE_RULE,
    NOTE_TITLE,
    FIGURE,
    PROSE;

    /** Lines that start something new and so end a paragraph, a box or a table. */
    boolean isStructural() {
        return this != BLANK && this != PROSE;
    }

    boolean isHeading() {
        return this == PART || this == CHAPTER || this == SECTION;
    }
}
