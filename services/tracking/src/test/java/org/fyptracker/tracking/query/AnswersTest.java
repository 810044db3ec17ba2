package org.fyptracker.tracking.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswersTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String compute(String answer) {
        computed.incrementAndGet();
        return answer;
    }

    @Test
    void a_question_asked_again_gets_the_kept_answer_without_computing() {
        Answers answers = new Answers(4);
        assertThat(answers.get(List.of("plan-dashboard", "FZ-15"), () -> compute("a"))).isEqualTo("a");
        assertThat(answers.get(List.of("plan-dashboard", "FZ-15"), () -> compute("b"))).isEqualTo("a");
        assertThat(answers.get(List.of("plan-dashboard", "GL-15"), () -> compute("c"))).isEqualTo("c");
        assertThat(computed).hasValue(2);
    }

    @Test
    void a_failed_question_is_computed_again() {
        Answers answers = new Answers(4);
        assertThatThrownBy(() -> answers.get("unknown part", () -> {
            throw new IllegalArgumentException("no part 99");
        })).hasMessage("no part 99");
        assertThat(answers.get("unknown part", () -> compute("now known"))).isEqualTo("now known");
        assertThat(computed).hasValue(1);
    }

    @Test
    void beyond_its_capacity_answers_are_computed_each_time() {
        Answers answers = new Answers(1);
        answers.get("first", () -> compute("1"));
        answers.get("second", () -> compute("2"));
        answers.get("second", () -> compute("2"));
        answers.get("first", () -> compute("1"));
        assertThat(computed).hasValue(3);
        assertThat(answers.size()).isEqualTo(1);
    }
}
