package org.fyptracker.contracts.indicators;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period an observation is for: a year ({@code "2026"}) or a quarter ({@code "2026Q2"}).
 *
 * @param quarter 1–4, or null for a whole year
 */
public record ObservationPeriod(int year, Integer quarter) implements Comparable<ObservationPeriod> {

    private static final Pattern FORM = Pattern.compile("^(\\d{4})(?:Q([1-4]))?$");

    /** The period the text names, or empty when it is not of the form 2026 / 2026Q2. */
    public static Optional<ObservationPeriod> parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ObservationPeriod(Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.parseInt(m.group(2))));
    }

    public boolean isQuarter() {
        return quarter != null;
    }

    @Override
    public String toString() {
        return quarter == null ? Integer.toString(year) : year + "Q" + quarter;
    }

    @Override
    public int compareTo(ObservationPeriod other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(quarter == null ? 5 : quarter, other.quarter == null ? 5 : other.quarter);
    }
}
