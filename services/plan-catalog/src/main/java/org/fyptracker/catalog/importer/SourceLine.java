package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;

/** One line of the outline with its 1-based number, so warnings can point at the source. */
record SourceLine(int number, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    /** The text without surrounding whitespace (including the ideographic space). */
    String trimmed() {
        return text.strip();
    }

    static List<SourceLine> split(String outline) {
        String text = outline.startsWith("\uFEFF") ? outline.substring(1) : outline;
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine(i + 1, raw[i]));
        }
        return lines;
    }
}
