package org.fyptracker.catalog.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fyptracker.contracts.plans.BoxItem;
import org.fyptracker.contracts.plans.BoxItemKind;
import org.fyptracker.contracts.plans.GlossaryTerm;

/**
 * Reads a box paragraph's label and kind. The label is the text before the first ：/: or 。 when that is
 * short enough to be a name (at most {@value #LONGEST_LABEL} characters), with the ◆/◇ bullet and
 * **bold** markers removed; otherwise the paragraph has no label. The kind follows from the label:
 * see {@link BoxItemKind}.
 */
final class BoxItemReader {

    static final int LONGEST_LABEL = 40;
    private static final Pattern LABEL_END = Pattern.compile("[：:。]");
    private static final List<String> PROGRAMME_ENDINGS = List.of("工程", "行动", "计划", "项目");

    private BoxItemReader() {
    }

    static BoxItem read(String code, int number, String paragraph, String group) {
        String label = label(paragraph);
        return new BoxItem(number, code, label, paragraph, kindOf(label), group);
    }

    static GlossaryTerm glossaryTerm(String paragraph) {
        return new GlossaryTerm(label(paragraph), paragraph);
    }

    static String label(String paragraph) {
        String plain = paragraph.strip().replaceFirst("^[◆◇●■•]\\s*", "").replace("**", "");
        Matcher m = LABEL_END.matcher(plain);
        if (!m.find() || m.start() == 0 || m.start() > LONGEST_LABEL) {
            return null;
        }
        return plain.substring(0, m.start()).strip();
    }

    static BoxItemKind kindOf(String label) {
        if (label == null) {
            return BoxItemKind.OTHER;
        }
        String bare = label.replaceAll("[”“\"’]+$", "");
        return PROGRAMME_ENDINGS.stream().anyMatch(bare::endsWith) ? BoxItemKind.PROGRAMME : BoxItemKind.DIRECTION;
    }
}
