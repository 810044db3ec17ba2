package org.fyptracker.catalog.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines before the contents (or before the first heading): the issuing notice, the plan's title
 * ("…规划纲要", not the 《…》 mention inside the notice) and its approval note ("…批准").
 */
record FrontMatter(String title, String approvedNote, int lineCount) {

    private static final Pattern APPROVAL = Pattern.compile("^[(（]?(.*批准)[)）]?$");

    static FrontMatter read(List<SourceLine> lines) {
        String title = null;
        String approved = null;
        int count = 0;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            count++;
            String text = line.trimmed();
            if (text.endsWith("规划纲要") && !text.contains("《")) {
                title = text;
            }
            var m = APPROVAL.matcher(text);
            if (m.matches() && text.length() <= 40) {
                approved = m.group(1);
            }
        }
        return new FrontMatter(title, approved, count);
    }
}
