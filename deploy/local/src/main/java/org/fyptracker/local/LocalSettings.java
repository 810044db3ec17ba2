package org.fyptracker.local;

import java.nio.file.Path;
import java.util.Map;
import org.fyptracker.mongowire.H2StoreSettings;

/**
 * Where the local infrastructure listens and keeps its data, from the same environment variables
 * {@code deploy/up} reads, so a second stack (the end-to-end test's) can run beside a developer's.
 */
record LocalSettings(Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort, H2StoreSettings mongoStore) {

    static LocalSettings fromEnvironment() {
        return from(System.getenv());
    }

    static LocalSettings from(Map<String, String> env) {
        return new LocalSettings(
                Path.of(env.getOrDefault("FYP_DATA_DIR", ".data")).toAbsolutePath(),
                port(env, "FYP_KAFKA_PORT", 9092),
                port(env, "FYP_KAFKA_CONTROLLER_PORT", 9093),
                port(env, "FYP_MONGO_PORT", 27017),
                new H2StoreSettings(number(env, "FYP_MONGO_CACHE_MB", H2StoreSettings.DEFAULTS.cacheMb()),
                        number(env, "FYP_MONGO_COMMIT_BUFFER_KB", H2StoreSettings.DEFAULTS.commitBufferKb())));
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        return number(env, name, fallback, "a port number");
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        return number(env, name, fallback, "a whole number");
    }

    private static int number(Map<String, String> env, String name, int fallback, String what) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be " + what + ", was '" + value + "'");
        }
    }
}
