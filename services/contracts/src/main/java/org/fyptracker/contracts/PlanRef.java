package org.fyptracker.contracts;

import java.util.regex.Pattern;

/**
 * A stable code of something in a plan: {@code FZ-15}, {@code FZ-15.P05}, {@code FZ-15.C18.S2},
 * {@code FZ-15.B06.2}, {@code GL-15.I03}. The first segment is always the plan code.
 */
public record PlanRef(String value) {

    /** A plan code alone, e.g. FZ-15. */
    public static final String PLAN_CODE_PATTERN = "^[A-Z]{2,8}-\\d{2}$";
    /** Plan code, then optional dot-separated segments of a letter and digits (box items: digits only). */
    public static final String PATTERN = "^[A-Z]{2,8}-\\d{2}(\\.[A-Z]\\d{1,3}(\\.[A-Z]?\\d{1,3})*)?$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    public PlanRef {
        if (value == null || !COMPILED.matcher(value).matches()) {
            throw new IllegalArgumentException("not a plan reference: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && COMPILED.matcher(value).matches();
    }

    public String planCode() {
        int dot = value.indexOf('.');
        return dot < 0 ? value : value.substring(0, dot);
    }
}
