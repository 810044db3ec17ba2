package org.fyptracker.local;

import java.time.Instant;

/** One JSON line per lifecycle step of a local infrastructure process, like the services' logs. */
final class StackLog {

    private StackLog() {
    }

    static void info(String component, String message) {
        System.out.println("{\"@timestamp\":\"" + Instant.now() + "\",\"level\":\"INFO\",\"component\":\""
                + component + "\",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
