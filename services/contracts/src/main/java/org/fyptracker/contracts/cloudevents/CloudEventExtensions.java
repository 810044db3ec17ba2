package org.fyptracker.contracts.cloudevents;

/** Names of the CloudEvent extension attributes every fyp-tracker event carries (lower-case, per the spec). */
public final class CloudEventExtensions {

    /** Plan code, e.g. FZ-15. */
    public static final String PLAN = "plancode";
    /** Department the causing caller acted for. */
    public static final String DEPARTMENT = "department";
    /** Correlation id of the request that caused the event. */
    public static final String CORRELATION_ID = "correlationid";
    /** Sequence number of the event within its aggregate, from 0. */
    public static final String SEQUENCE = "aggregatesequence";

    private CloudEventExtensions() {
    }
}
