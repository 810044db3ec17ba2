package org.fyptracker.catalog.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a 第N篇/章/节 heading, including one split over two lines (第八篇 …打造“海丝” / 枢纽城市). The next
 * non-blank line finishes the title when the title is empty, or when it is a short fragment that ends no
 * sentence and — if the outline has contents — the contents lists the heading with that fragment (a
 * short first line of prose under a heading looks just like a fragment). The pieces are joined without
 * a separator.
 */
final class HeadingReader {

    private static final int LONGEST_CONTINUATION = 20;
    private static final Pattern SENTENCE = Pattern.compile(".*[。；：:！？].*");
    /** Without contents to confirm, a fragment with a comma is more likely the start of a prose line. */
    private static final Pattern CLAUSE = Pattern.compile(".*[，,].*");

    private HeadingReader() {
    }

    /** The full heading and the index after it. */
    static Read read(List<SourceLine> lines, int index, TableOfContents contents) {
        Heading heading = LineClassifier.heading(lines.get(index)).orElseThrow();
        int next = Paragraph.nextNonBlank(lines, index + 1);
        if (next >= 0 && continuesTitle(heading, lines.get(next), contents)) {
            return new Read(new Heading(heading.kind(), heading.number(), heading.title() + lines.get(next).trimmed()),
                    next + 1);
        }
        return new Read(heading, index + 1);
    }

    private static boolean continuesTitle(Heading heading, SourceLine line, TableOfContents contents) {
        if (LineClassifier.classify(line) != LineKind.PROSE) {
            return false;
        }
        String text = line.trimmed();
        if (heading.title().isEmpty()) {
            return true;
        }
        if (text.length() > LONGEST_CONTINUATION || SENTENCE.matcher(text).matches()) {
            return false;
        }
        if (contents.present()) {
            return contents.lists(heading.kind(), heading.number(), heading.title() + text);
        }
        return !CLAUSE.matcher(text).matches();
    }

    record Read(Heading heading, int next) {
    }
}
