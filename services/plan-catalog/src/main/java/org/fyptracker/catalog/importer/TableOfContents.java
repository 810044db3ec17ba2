package org.fyptracker.catalog.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the 目录 at the start of an outline. It repeats every heading, so the importer skips it and
 * counts from the body. Its entries end with page numbers ("\t23", "(23)", ".. 158"); an entry whose
 * title wraps has a line without a number, but then the next line has one.
 *
 * @param start index of the 目录 line, or -1 when the outline has none
 * @param end     index of the first body line after it
 * @param entries the headings it lists, wrapped titles joined; used only to confirm a split body heading
 */
record TableOfContents(int start, int end, List<Heading> entries) {

    private static final Pattern TITLE = Pattern.compile("^目[\\s\\u3000]*录$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:\\t|\\s|\\.{2,}|…+)[(（]?\\d{1,4}[)）]?\\s*$|\\t\\s*$");

    static TableOfContents locate(List<SourceLine> lines) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (TITLE.matcher(lines.get(i).trimmed()).matches()) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return new TableOfContents(-1, -1, List.of());
        }
        int i = start + 1;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (!line.isBlank() && !isEntry(line)) {
                int next = nextNonBlank(lines, i + 1);
                if (next < 0 || !isEntry(lines.get(next))) {
                    break;
                }
            }
            i++;
        }
        return new TableOfContents(start, i, entries(lines.subList(start + 1, i)));
    }

    /** Whether the contents lists a heading of this kind and number whose title begins with the text. */
    boolean lists(LineKind kind, int number, String titleStart) {
        String wanted = NumberText.compact(titleStart);
        return entries.stream().anyMatch(e -> e.kind() == kind && e.number() == number
                && NumberText.compact(e.title()).startsWith(wanted));
    }

    private static List<Heading> entries(List<SourceLine> tocLines) {
        List<Heading> entries = new ArrayList<>();
        for (SourceLine line : tocLines) {
            if (line.isBlank()) {
                continue;
            }
            String text = PAGE_NUMBER.matcher(line.text()).replaceFirst("").strip();
            var heading = LineClassifier.heading(new SourceLine(line.number(), text));
            if (heading.isPresent()) {
                entries.add(heading.get());
            } else if (!entries.isEmpty()) {
                Heading last = entries.remove(entries.size() - 1);
                entries.add(new Heading(last.kind(), last.number(), last.title() + text));
            }
        }
        return List.copyOf(entries);
    }

    boolean present() {
        return start >= 0;
    }

    int lineCount(List<SourceLine> lines) {
        if (!present()) {
            return 0;
        }
        return (int) lines.subList(start, end).stream().filter(l -> !l.isBlank()).count();
    }

    private static boolean isEntry(SourceLine line) {
        return PAGE_NUMBER.matcher(line.text()).find();
    }

    private static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
