package org.fyptracker.local;

import java.time.Instant;

/** One JSON line per lifecycle step of a local infrastructure process, like the services' logs. */
final class StackLog {

    private StackLog() {
    }

    static void info(String component, String message) {
        line("INFO", component, message);
    }

    static void error(String component, String message) {
        line("ERROR", component, message);
    }

    private static void line(String level, String component, String message) {
        System.out.println("{\"@timestamp\":\"" + Instant.now() + "\",\"level\":\"" + level + "\",\"component\":\""
                + component + "\",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
