package org.fyptracker.platform.inbound;

import org.fyptracker.platform.http.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** An inbound record refused before its operation ran: unreadable, or without a sender allowed to write. */
public class InboundRefusal extends RuntimeException {

    private final transient ProblemDetail problem;

    public InboundRefusal(ProblemDetail problem) {
        super(problem.getDetail());
        this.problem = problem;
    }

    /** 400 {@code malformed-record}: the record is not one of the topic's records. */
    public static InboundRefusal malformed(String why) {
        return new InboundRefusal(Problems.of(HttpStatus.BAD_REQUEST, "malformed-record", null,
                "the record is not an inbound record of this topic: " + why));
    }

    public ProblemDetail problem() {
        return problem;
    }
}
