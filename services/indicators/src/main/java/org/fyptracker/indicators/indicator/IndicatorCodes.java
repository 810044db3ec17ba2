package org.fyptracker.indicators.indicator;

import java.util.regex.Pattern;

/** The codes the plan catalog gives indicator rows: FZ-15.I04, and FZ-15.I14.1 for a sub-row. */
public final class IndicatorCodes {

    public static final String PATTERN = "^[A-Z]{2,8}-\\d{2}\\.I\\d{2}(\\.\\d{1,2})?$";
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private IndicatorCodes() {
    }

    public static boolean isIndicatorCode(String code) {
        return code != null && COMPILED.matcher(code).matches();
    }
}
