package org.fyptracker.catalog.importer;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers as table cells write them: "5.6", "-1.2", "1,545", "97%". */
final class NumberText {

    static final String NUMBER = "[-+]?\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    private static final Pattern ANY_DIGIT = Pattern.compile("\\d");
    private static final Pattern FIRST_NUMBER = Pattern.compile(NUMBER);

    private NumberText() {
    }

    static BigDecimal parse(String number) {
        return new BigDecimal(number.replace(",", "").replace("+", ""));
    }

    static boolean hasDigit(String text) {
        return ANY_DIGIT.matcher(text).find();
    }

    /** The first number in the text, or null. */
    static BigDecimal first(String text) {
        Matcher m = FIRST_NUMBER.matcher(text);
        return m.find() ? parse(m.group()) : null;
    }

    /** Spaces removed (cells write "4000 以上" and "4000以上" alike) and full-width signs folded. */
    static String compact(String cell) {
        return cell.replaceAll("[\\s\\u3000]+", "")
                .replace('％', '%').replace('＞', '>').replace('＜', '<')
                .replace('［', '[').replace('］', ']').replace('－', '-');
    }

    /** "-", "—", "–" or empty: the table's way of saying "nothing here". */
    static boolean isDash(String cell) {
        String c = compact(cell);
        return c.matches("[-—–]+");
    }
}
