package org.fyptracker.catalog.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the outline's line forms: headings, box titles, table titles, notes, figures, prose. */
final class LineClassifier {

    private static final Pattern HEADING =
            Pattern.compile("^第([零〇一二三四五六七八九十百\\d]{1,5})([篇章节])[\\s\\u3000]*(.*)$");
    private static final Pattern BOX_TITLE = Pattern.compile("^专栏[\\s\\u3000]*(\\d+)[\\s\\u3000]*(.*)$");
    private static final Pattern SUBHEADING = Pattern.compile("^[一二三四五六七八九十]{1,3}、[^。；]{1,40}$");
    private static final Pattern BOX_GROUP = Pattern.compile("^\\d{1,2}[.．、][\\s\\u3000]*[^。；，,]{1,20}$");
    private static final Pattern TABLE_TITLE_NUMBERED = Pattern.compile("^表[\\s\\u3000]*\\d+[\\s\\u3000]*[：:].*指标.*$");
    private static final Pattern TABLE_TITLE_SUFFIX = Pattern.compile("^[^。；\\t]{4,60}指标[^。；\\t]{0,20}表$");
    private static final Pattern TABLE_RULE = Pattern.compile("^[-—\\s|]*-{3,}[-—\\s|]*$");
    private static final Pattern NOTE_TITLE = Pattern.compile("^(注|备注)[：:].*$");
    private static final Pattern FIGURE = Pattern.compile("^图[\\s\\u3000]*\\d+.*$");
    private static final Pattern PREFACE = Pattern.compile("^前[\\s\\u3000]*言$");
    private static final int LONGEST_HEADING_TITLE = 60;

    private LineClassifier() {
    }

    static LineKind classify(SourceLine line) {
        if (line.isBlank()) {
            return LineKind.BLANK;
        }
        String raw = line.text();
        String text = line.trimmed();
        if (TABLE_RULE.matcher(raw).matches()) {
            return LineKind.TABLE_RULE;
        }
        if (heading(line).isPresent()) {
            return heading(line).get().kind();
        }
        if (raw.indexOf('\t') >= 0) {
            return LineKind.TABLE_ROW;
        }
        if (PREFACE.matcher(text).matches()) {
            return LineKind.PREFACE;
        }
        if (BOX_TITLE.matcher(text).matches()) {
            return LineKind.BOX_TITLE;
        }
        if (TABLE_TITLE_NUMBERED.matcher(text).matches() || TABLE_TITLE_SUFFIX.matcher(text).matches()) {
            return LineKind.TABLE_TITLE;
        }
        if (NOTE_TITLE.matcher(text).matches()) {
            return LineKind.NOTE_TITLE;
        }
        if (FIGURE.matcher(text).matches() && !text.contains("。")) {
            return LineKind.FIGURE;
        }
        if (text.equals("名词解释")) {
            return LineKind.GLOSSARY_TITLE;
        }
        if (text.startsWith("◇")) {
            return LineKind.GLOSSARY_ENTRY;
        }
        if (SUBHEADING.matcher(text).matches()) {
            return LineKind.SUBHEADING;
        }
        if (BOX_GROUP.matcher(text).matches()) {
            return LineKind.BOX_GROUP;
        }
        return LineKind.PROSE;
    }

    /** The 第N篇/章/节 heading on this line, if it is one (prose mentioning 第一章 is not). */
    static Optional<Heading> heading(SourceLine line) {
        Matcher m = HEADING.matcher(line.trimmed());
        if (!m.matches()) {
            return Optional.empty();
        }
        String title = m.group(3).strip();
        int number = ChineseNumerals.parse(m.group(1));
        if (number < 0 || title.length() > LONGEST_HEADING_TITLE || title.contains("。")) {
            return Optional.empty();
        }
        LineKind kind = switch (m.group(2)) {
            case "篇" -> LineKind.PART;
            case "章" -> LineKind.CHAPTER;
            default -> LineKind.SECTION;
        };
        return Optional.of(new Heading(kind, number, title));
    }

    /** Box number and title of a 专栏 line. */
    static Heading boxTitle(SourceLine line) {
        Matcher m = BOX_TITLE.matcher(line.trimmed());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a box title: " + line);
        }
        return new Heading(LineKind.BOX_TITLE, Integer.parseInt(m.group(1)), m.group(2).strip());
    }

    /** The group name of a "1. 城际交通网" line. */
    static String boxGroup(SourceLine line) {
        return line.trimmed().replaceFirst("^\\d{1,2}[.．、][\\s\\u3000]*", "");
    }
}
