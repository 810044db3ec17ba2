package org.fyptracker.tracking.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.tracking.indicators.evaluation.IndicatorEvaluator;

/**
 * The parameters every tracking query reads the same way: filters ({@code plan, part, chapter, box,
 * department, district, status, year}), {@code asOf}, {@code sort}, {@code page} and {@code size}. A query
 * names the filters it applies; any other parameter is a 400-class problem ({@code unknown-parameter}), so a
 * misspelt filter never silently answers with everything.
 *
 * @param asOf     the business date asked about (today when not given)
 * @param asOfGiven whether {@code asOf} was given: without it the live read models answer, with it the events
 *                 recorded up to the end of that day are folded
 * @param year     the year asked about: {@code year}, else the year of {@code asOf} (kept within 2026–2030)
 * @param yearGiven whether {@code year} was given
 * @param sort     keys, each optionally prefixed with {@code -} for descending
 */
public record ListQuery(String plan, Integer part, Integer chapter, Integer box, String department, String district,
                        String status, int year, boolean yearGiven, LocalDate asOf, boolean asOfGiven, List<String> sort,
                        int page, int size, Map<String, String> extras) {

    public static final Set<String> FILTERS = Set.of("plan", "part", "chapter", "box", "department", "district", "status", "year");
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    private static final Pattern PLAN = Pattern.compile("^[A-Z]{2,8}-\\d{2}$");
    private static final Pattern LEVEL_CODE = Pattern.compile("^([A-Z]{2,8}-\\d{2})\\.([PCB])(\\d{1,3})$");
    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9\\u4e00-\\u9fff][A-Za-z0-9._\\-\\u4e00-\\u9fff]{0,79}$");
    private static final Pattern SORT_KEY = Pattern.compile("^-?[a-zA-Z]{1,40}$");

    /**
     * @param params     the request's query parameters
     * @param applicable the filters this query applies (a subset of {@link #FILTERS})
     * @param extras     further parameters this query reads (e.g. {@code kind}, {@code format})
     * @param sortKeys   the keys it sorts by (empty: not a list, {@code sort/page/size} not accepted)
     * @param today      the business date today
     */
    public static ListQuery parse(Map<String, String> params, Set<String> applicable, Set<String> extras,
                                  Set<String> sortKeys, LocalDate today) {
        for (String name : params.keySet()) {
            boolean known = applicable.contains(name) || extras.contains(name) || name.equals("asOf")
                    || (!sortKeys.isEmpty() && (name.equals("sort") || name.equals("page") || name.equals("size")));
            if (!known) {
                List<String> accepted = new ArrayList<>(new TreeSet<>(applicable));
                accepted.addAll(new TreeSet<>(extras));
                accepted.add("asOf");
                if (!sortKeys.isEmpty()) {
                    accepted.addAll(List.of("sort", "page", "size"));
                }
                throw RuleViolation.invalid(FILTERS.contains(name) ? "filter-not-applicable" : "unknown-parameter", name,
                        "this query does not take '" + name + "'; it takes " + String.join(", ", accepted));
            }
        }
        LocalDate asOf = today;
        String asOfText = params.get("asOf");
        if (asOfText != null) {
            try {
                asOf = LocalDate.parse(asOfText);
            } catch (java.time.format.DateTimeParseException e) {
                throw RuleViolation.invalid("invalid-format", "asOf", "asOf '" + asOfText + "' is not a date (YYYY-MM-DD)");
            }
        }
        String plan = params.get("plan");
        if (plan != null && !PLAN.matcher(plan).matches()) {
            throw RuleViolation.invalid("plan-code-format", "plan", "'" + plan + "' is not a plan code such as FZ-15");
        }
        Integer part = level(params, "part", "P", plan);
        Integer chapter = level(params, "chapter", "C", plan);
        Integer box = level(params, "box", "B", plan);
        if (plan == null) {
            plan = planOf(params, "part", "chapter", "box");
        }
        if ((part != null || chapter != null || box != null) && plan == null) {
            throw RuleViolation.invalid("plan-required", "plan", "part, chapter and box numbers need plan=… (or a code such as FZ-15.P05)");
        }
        Integer year = null;
        if (params.get("year") != null) {
            try {
                year = Integer.valueOf(params.get("year"));
            } catch (NumberFormatException e) {
                throw RuleViolation.invalid("invalid-format", "year", "year '" + params.get("year") + "' is not a number");
            }
            checkYear(year);
        }
        int defaultYear = Math.max(IndicatorEvaluator.FIRST_YEAR, Math.min(IndicatorEvaluator.LAST_YEAR, asOf.getYear()));
        List<String> sort = new ArrayList<>();
        if (params.get("sort") != null && !params.get("sort").isBlank()) {
            for (String key : params.get("sort").split(",")) {
                String k = key.strip();
                if (!SORT_KEY.matcher(k).matches() || !sortKeys.contains(k.startsWith("-") ? k.substring(1) : k)) {
                    throw RuleViolation.invalid("sort-key", "sort", "'" + k + "' is not a sort key here; keys: "
                            + String.join(", ", new TreeSet<>(sortKeys)) + " (prefix - for descending)");
                }
                sort.add(k);
            }
        }
        int page = number(params, "page", 0);
        int size = number(params, "size", DEFAULT_SIZE);
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw RuleViolation.invalid("page-bounds", page < 0 ? "page" : "size", "page >= 0 and 1 <= size <= " + MAX_SIZE);
        }
        for (String name : List.of("department", "district", "status")) {
            String value = params.get(name);
            if (value != null && !CODE.matcher(value).matches()) {
                throw RuleViolation.invalid("invalid-format", name, name + " '" + value + "' is not a code");
            }
        }
        Map<String, String> extraValues = new LinkedHashMap<>();
        extras.forEach(e -> {
            if (params.get(e) != null) {
                extraValues.put(e, params.get(e));
            }
        });
        return new ListQuery(plan, part, chapter, box, params.get("department"), params.get("district"),
                params.get("status") == null ? null : params.get("status").toUpperCase(java.util.Locale.ROOT),
                year == null ? defaultYear : year, year != null, asOf, asOfText != null, List.copyOf(sort), page, size,
                extraValues);
    }

    public static void checkYear(int year) {
        if (year < IndicatorEvaluator.FIRST_YEAR || year > IndicatorEvaluator.LAST_YEAR) {
            throw RuleViolation.invalid("year-within-plan", "year", "year is one of " + IndicatorEvaluator.FIRST_YEAR
                    + "–" + IndicatorEvaluator.LAST_YEAR + ", not " + year);
        }
    }

    /** The same query restricted further (a dashboard's path fixes plan, part, chapter or box). */
    public ListQuery within(String plan, Integer part, Integer chapter, Integer box) {
        return new ListQuery(plan, part, chapter, box, department, district, status, year, yearGiven, asOf, asOfGiven,
                sort, page, size, extras);
    }

    /** The filters given, for the answer to echo. */
    public Map<String, Object> filters() {
        Map<String, Object> f = new LinkedHashMap<>();
        if (plan != null) f.put("plan", plan);
        if (part != null) f.put("part", part);
        if (chapter != null) f.put("chapter", chapter);
        if (box != null) f.put("box", box);
        if (department != null) f.put("department", department);
        if (district != null) f.put("district", district);
        if (status != null) f.put("status", status);
        if (yearGiven) f.put("year", year);
        f.putAll(extras);
        return f;
    }

    /** Sorts (by the keys asked for, then the default order) and cuts the page. */
    public <T> Listing<T> page(List<T> items, Map<String, Comparator<T>> keys, Comparator<T> defaultOrder,
                               Map<String, Object> summary) {
        Comparator<T> order = null;
        for (String key : sort) {
            Comparator<T> c = keys.get(key.startsWith("-") ? key.substring(1) : key);
            c = key.startsWith("-") ? c.reversed() : c;
            order = order == null ? c : order.thenComparing(c);
        }
        order = order == null ? defaultOrder : order.thenComparing(defaultOrder);
        List<T> sorted = items.stream().sorted(order).toList();
        int from = (int) Math.min((long) page * size, sorted.size());
        int to = Math.min(from + size, sorted.size());
        return new Listing<>(asOf, year, filters(), sort, page, size, sorted.size(), sorted.subList(from, to), summary);
    }

    /** Compares by a key, nulls last. */
    public static <T, U extends Comparable<? super U>> Comparator<T> by(java.util.function.Function<T, U> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static Integer level(Map<String, String> params, String name, String letter, String plan) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        if (value.matches("^\\d{1,3}$")) {
            return Integer.valueOf(value);
        }
        Matcher m = LEVEL_CODE.matcher(value);
        if (!m.matches() || !m.group(2).equals(letter)) {
            throw RuleViolation.invalid("invalid-format", name, name + " '" + value + "' is a number or a code such as "
                    + (plan == null ? "FZ-15" : plan) + "." + letter + "05");
        }
        if (plan != null && !plan.equals(m.group(1))) {
            throw RuleViolation.invalid("plan-mismatch", name, name + " " + value + " is not in plan " + plan);
        }
        return Integer.valueOf(m.group(3));
    }

    private static String planOf(Map<String, String> params, String... names) {
        for (String name : names) {
            String value = params.get(name);
            if (value != null) {
                Matcher m = LEVEL_CODE.matcher(value);
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static int number(Map<String, String> params, String name, int fallback) {
        String value = params.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("invalid-format", name, name + " '" + value + "' is not a number");
        }
    }
}
