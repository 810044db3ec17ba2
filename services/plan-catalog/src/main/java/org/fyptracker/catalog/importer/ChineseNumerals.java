package org.fyptracker.catalog.importer;

/** Reads the numerals headings use: 五, 十八, 七十五, 一百零二 (and plain digits). */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or -1 when the text is not a numeral. */
    static int parse(String text) {
        if (text.chars().allMatch(Character::isDigit) && !text.isEmpty()) {
            return Integer.parseInt(text);
        }
        int total = 0;
        int current = 0;
        for (char c : text.toCharArray()) {
            int digit = c == '〇' ? 0 : DIGITS.indexOf(c);
            if (digit >= 0) {
                current = digit;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        int value = total + current;
        return value == 0 ? -1 : value;
    }
}
