package org.fyptracker.tracking.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fyptracker.contracts.RuleViolation;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final Set<String> SORT = Set.of("name", "n");

    private static ListQuery parse(Map<String, String> params) {
        return ListQuery.parse(params, ListQuery.FILTERS, Set.of("kind"), SORT, TODAY);
    }

    private static String rule(Runnable r) {
        try {
            r.run();
        } catch (RuleViolation v) {
            return v.rule();
        }
        return null;
    }

    @Test
    void without_parameters_it_is_today_live_this_year_first_page() {
        ListQuery q = parse(Map.of());
        assertThat(q.asOf()).isEqualTo(TODAY);
        assertThat(q.asOfGiven()).isFalse();
        assertThat(q.year()).isEqualTo(2027);
        assertThat(q.yearGiven()).isFalse();
        assertThat(q.page()).isZero();
        assertThat(q.size()).isEqualTo(50);
    }

    @Test
    void the_year_defaults_to_the_year_of_as_of_kept_within_the_plan() {
        assertThat(parse(Map.of("asOf", "2028-06-30")).year()).isEqualTo(2028);
        assertThat(parse(Map.of("asOf", "2025-12-31")).year()).isEqualTo(2026);
        assertThat(parse(Map.of("asOf", "2028-06-30")).asOfGiven()).isTrue();
    }

    @Test
    void part_chapter_and_box_take_a_number_with_a_plan_or_a_code_that_names_the_plan() {
        ListQuery q = parse(Map.of("part", "FZ-15.P05"));
        assertThat(q.plan()).isEqualTo("FZ-15");
        assertThat(q.part()).isEqualTo(5);
        assertThat(parse(Map.of("plan", "FZ-15", "chapter", "14")).chapter()).isEqualTo(14);
        assertThat(rule(() -> parse(Map.of("box", "6")))).isEqualTo("plan-required");
        assertThat(rule(() -> parse(Map.of("plan", "GL-15", "part", "FZ-15.P05")))).isEqualTo("plan-mismatch");
        assertThat(rule(() -> parse(Map.of("plan", "FZ-15", "part", "FZ-15.C05")))).isEqualTo("invalid-format");
    }

    @Test
    void an_unknown_or_inapplicable_parameter_is_a_problem_not_a_silent_everything() {
        assertThat(rule(() -> parse(Map.of("departmnet", "fz-drc")))).isEqualTo("unknown-parameter");
        assertThat(rule(() -> ListQuery.parse(Map.of("district", "鼓楼区"), Set.of("plan"), Set.of(), SORT, TODAY)))
                .isEqualTo("filter-not-applicable");
        assertThat(rule(() -> parse(Map.of("year", "2031")))).isEqualTo("year-within-plan");
        assertThat(rule(() -> parse(Map.of("asOf", "2028-02-30")))).isEqualTo("invalid-format");
        assertThat(rule(() -> parse(Map.of("sort", "secret")))).isEqualTo("sort-key");
        assertThat(rule(() -> parse(Map.of("size", "501")))).isEqualTo("page-bounds");
        assertThat(rule(() -> ListQuery.parse(Map.of("page", "1"), Set.of(), Set.of(), Set.of(), TODAY))).isEqualTo("unknown-parameter");
    }

    record Item(String name, int n) {
    }

    @Test
    void it_sorts_by_the_keys_asked_then_the_default_order_and_cuts_the_page() {
        List<Item> items = List.of(new Item("b", 1), new Item("a", 2), new Item("c", 2), new Item("d", 3));
        Map<String, java.util.Comparator<Item>> keys = Map.of("name", ListQuery.by(Item::name), "n", ListQuery.by(Item::n));
        Listing<Item> page = parse(Map.of("sort", "-n,name", "size", "2", "page", "1")).page(items, keys,
                ListQuery.by(Item::name), Map.of());
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(Item::name).containsExactly("c", "b");
        assertThat(page.sort()).containsExactly("-n", "name");
        Listing<Item> beyond = parse(Map.of("page", "5")).page(items, keys, ListQuery.by(Item::name), Map.of());
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(4);
    }

    @Test
    void the_answer_echoes_the_filters_given() {
        assertThat(parse(Map.of("plan", "FZ-15", "department", "fz-drc", "year", "2026", "kind", "OVERDUE_MILESTONE")).filters())
                .containsEntry("plan", "FZ-15").containsEntry("department", "fz-drc").containsEntry("year", 2026)
                .containsEntry("kind", "OVERDUE_MILESTONE");
    }

    @Test
    void a_bad_filter_value_is_rejected() {
        assertThatThrownBy(() -> parse(Map.of("plan", "fz15"))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> parse(Map.of("department", "a b"))).isInstanceOf(RuleViolation.class);
    }
}
