package org.fyptracker.platform.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.fyptracker.contracts.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConflictRetriesTest {

    private final ConflictRetries retries = new ConflictRetries(3, 1);

    @AfterEach
    void close() {
        retries.close();
    }

    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[] {ConcurrencyException.class});
        }
        return failures;
    }

    @Test
    void a_command_that_lost_a_race_is_sent_again() throws InterruptedException {
        CountDownLatch sent = new CountDownLatch(1);
        boolean scheduled = retries.scheduleRetry(GenericCommandMessage.asCommandMessage("report"),
                new ConcurrencyException("sequence 3 taken"), failures(1), sent::countDown);
        assertThat(scheduled).isTrue();
        assertThat(sent.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_command_that_keeps_losing_is_answered_after_the_last_retry() {
        assertThat(retries.scheduleRetry(GenericCommandMessage.asCommandMessage("report"),
                new ConcurrencyException("sequence 3 taken"), failures(3), () -> { })).isTrue();
        assertThat(retries.scheduleRetry(GenericCommandMessage.asCommandMessage("report"),
                new ConcurrencyException("sequence 4 taken"), failures(4), () -> { })).isFalse();
    }

    @Test
    void a_refusal_or_a_lost_database_is_the_answer_not_a_reason_to_retry() {
        assertThat(retries.scheduleRetry(GenericCommandMessage.asCommandMessage("report"),
                RuleViolation.invalid("milestone-not-planned", "milestoneId", "no such milestone"), failures(1), () -> { }))
                .isFalse();
        assertThat(retries.scheduleRetry(GenericCommandMessage.asCommandMessage("report"),
                new IllegalStateException("connection refused", new ConcurrencyException("inside")), failures(1), () -> { }))
                .isFalse();
    }
}
