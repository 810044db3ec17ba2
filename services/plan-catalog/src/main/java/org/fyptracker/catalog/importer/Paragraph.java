package org.fyptracker.catalog.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph with its wrapped lines joined. Conversion breaks paragraphs at page ends, mid-sentence and
 * often with blank lines between the pieces; a piece that does not end a sentence is continued by the
 * next prose line (joined without a separator, as Chinese text is), unless that line starts a new bullet.
 *
 * @param next index of the first line after the paragraph
 */
record Paragraph(String text, int lineNumber, int next) {

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：:!?][”’\"）)】」]*(\\*\\*)?$");
    private static final Pattern NEW_BULLET = Pattern.compile("^(◆|◇|——|●|■|•).*");

    static Paragraph read(List<SourceLine> lines, int start) {
        StringBuilder text = new StringBuilder(lines.get(start).trimmed());
        int next = start + 1;
        while (!SENTENCE_END.matcher(text).find()) {
            int candidate = nextNonBlank(lines, next);
            if (candidate < 0) {
                break;
            }
            SourceLine line = lines.get(candidate);
            if (LineClassifier.classify(line) != LineKind.PROSE || NEW_BULLET.matcher(line.trimmed()).matches()) {
                break;
            }
            text.append(line.trimmed());
            next = candidate + 1;
        }
        return new Paragraph(text.toString(), lines.get(start).number(), next);
    }

    static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
