package org.fyptracker.contracts.plans;

/**
 * The stable codes of everything in a plan, e.g. {@code FZ-15.C18.S2}. They are derived from the
 * numbers the plan itself prints, so re-importing the same outline gives the same codes.
 */
public final class PlanCodes {

    private PlanCodes() {
    }

    public static String part(String planCode, int number) {
        return planCode + ".P" + twoDigits(number);
    }

    public static String chapter(String planCode, int number) {
        return planCode + ".C" + twoDigits(number);
    }

    public static String section(String chapterCode, int number) {
        return chapterCode + ".S" + number;
    }

    public static String box(String planCode, int number) {
        return planCode + ".B" + twoDigits(number);
    }

    public static String boxItem(String boxCode, int number) {
        return boxCode + "." + number;
    }

    public static String indicator(String planCode, int number) {
        return planCode + ".I" + twoDigits(number);
    }

    public static String subIndicator(String indicatorCode, int subNumber) {
        return indicatorCode + "." + subNumber;
    }

    public static String historicalIndicator(String planCode, int number) {
        return planCode + ".H" + twoDigits(number);
    }

    private static String twoDigits(int number) {
        return String.format("%02d", number);
    }
}
