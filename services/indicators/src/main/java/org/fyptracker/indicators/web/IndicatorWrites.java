package org.fyptracker.indicators.web;

import java.net.URI;
import java.util.Map;
import org.fyptracker.contracts.RuleViolation;
import org.fyptracker.indicators.indicator.IndicatorCodes;
import org.fyptracker.platform.http.writes.WriteRequest;
import org.springframework.http.ResponseEntity;

/** What the indicators' write endpoints add to the platform's {@link WriteRequest}: codes, answers, unknown indicators. */
final class IndicatorWrites {

    private IndicatorWrites() {
    }

    /** Codes end up in Mongo queries and URLs: only the catalog's indicator codes. */
    static void checkCode(String code) {
        if (!IndicatorCodes.isIndicatorCode(code)) {
            throw RuleViolation.invalid("indicator-code-format", "code",
                    "'" + code + "' is not an indicator code such as FZ-15.I04 or FZ-15.I14.1");
        }
    }

    /** Sends to an existing indicator: an unknown code is a problem naming the indicator, not a bare 404. */
    static void sendTo(WriteRequest request, String code, Object command) {
        request.send(command, () -> RuleViolation.notFound("indicator-defined", "code", "no indicator " + code
                + " is defined; the plan catalog defines indicators before they are reported"));
    }

    /** The evaluation and history of the indicator are read from the tracking service. */
    static URI trackingOf(String code) {
        return URI.create("/api/v1/tracking/indicators/" + code);
    }

    static ResponseEntity<?> created(String code, Map<String, Object> body) {
        return ResponseEntity.created(trackingOf(code)).body(body);
    }

    static ResponseEntity<?> accepted(String code) {
        return ResponseEntity.ok().location(trackingOf(code)).body(Map.of("code", code));
    }
}
