package org.fyptracker.testkit;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every command a service's MongoDB client starts, keyed by where it came from ({@code request} for a web
 * request's thread, else {@code background} and the thread's name without its number) and its shape: command,
 * collection, and the filter's keys (with the operators of a key whose value is an operator document, e.g.
 * {@code [_id $in]}). How a test bounds the round trips an operation costs (docs/benchmarks.md, findings 10
 * and 11). {@code @Import(MongoCommandCount.Counting.class)} into a Spring Boot test and autowire the count.
 */
public final class MongoCommandCount implements CommandListener {

    /** Registers a count on the context's MongoDB client. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        MongoCommandCount mongoCommandCount() {
            return new MongoCommandCount();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer countMongoCommands(MongoCommandCount count) {
            return settings -> settings.addCommandListener(count);
        }
    }

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String key = where(Thread.currentThread().getName()) + " " + shape(event);
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** What was counted since the last {@link #clear()}, by source and shape, sorted. */
    public Map<String, Integer> seen() {
        Map<String, Integer> seen = new TreeMap<>();
        counts.forEach((key, count) -> seen.put(key, count.get()));
        return seen;
    }

    /** The commands counted whose source and shape start with {@code prefix}. */
    public int sum(String prefix) {
        return seen().entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToInt(Map.Entry::getValue).sum();
    }

    public void clear() {
        counts.clear();
    }

    /** The counts as a table for a log, each divided by {@code per} (commands per report, per batch, ...). */
    public String table(double per) {
        StringBuilder table = new StringBuilder();
        seen().forEach((key, count) -> table.append(String.format("%n  %8.2f  %s", count / per, key)));
        return table.toString();
    }

    static String where(String thread) {
        return thread.startsWith("http-nio") ? "request" : "background " + thread.replaceAll("-\\d+$", "");
    }

    static String shape(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        BsonValue target = command.get(name);
        String collection = target != null && target.isString() ? target.asString().getValue() : "-";
        BsonDocument filter = null;
        if (command.containsKey("filter")) {
            filter = command.getDocument("filter");
        } else if (command.containsKey("updates")) {
            filter = command.getArray("updates").get(0).asDocument().getDocument("q");
        } else if (command.containsKey("deletes")) {
            filter = command.getArray("deletes").get(0).asDocument().getDocument("q");
        }
        return name + " " + collection + (filter == null ? "" : " " + keys(filter));
    }

    private static String keys(BsonDocument filter) {
        StringBuilder keys = new StringBuilder("[");
        filter.forEach((key, value) -> {
            keys.append(keys.length() > 1 ? ", " : "").append(key);
            if (value.isDocument() && value.asDocument().keySet().stream().allMatch(k -> k.startsWith("$"))) {
                value.asDocument().keySet().forEach(operator -> keys.append(' ').append(operator));
            }
        });
        return keys.append(']').toString();
    }
}
