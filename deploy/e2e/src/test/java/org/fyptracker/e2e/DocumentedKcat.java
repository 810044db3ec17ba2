package org.fyptracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kcat command of docs/integrators.md ("Subscribing with kcat"), read from the page itself and run as
 * a reader pastes it (through {@code sh}), with only the broker address and the topic put in; and what it
 * prints, parsed back into records: partition, offset and key, the headers ({@code %h}: {@code name=value,…})
 * and the data ({@code %s}).
 */
final class DocumentedKcat {

    /** The broker and topic the documented command names, replaced by the stack's. */
    static final String DOCUMENTED_BROKER = "127.0.0.1:9092";
    static final String DOCUMENTED_TOPIC = "fyp.projects.events.v1";
    private static final Pattern FIRST_LINE = Pattern.compile("partition (\\d+) offset (\\d+) key (.*)");

    record Printed(int partition, long offset, String key, Map<String, String> headers, String data) {
    }

    private final String command;

    private DocumentedKcat(String command) {
        this.command = command;
    }

    /** The first {@code sh} block of the kcat section of docs/integrators.md; fails if kcat is not installed. */
    static DocumentedKcat fromDocs(Path repo) throws IOException, InterruptedException {
        String doc = Files.readString(repo.resolve("docs/integrators.md"), StandardCharsets.UTF_8);
        int section = doc.indexOf("## Subscribing with kcat");
        assertThat(section).as("docs/integrators.md has a section 'Subscribing with kcat'").isNotNegative();
        int start = doc.indexOf("```sh\n", section) + "```sh\n".length();
        String command = doc.substring(start, doc.indexOf("```", start)).strip();
        assertThat(command).as("the documented command").startsWith("kcat ");
        for (String placeholder : List.of(DOCUMENTED_BROKER, DOCUMENTED_TOPIC)) {
            assertThat(command.split(Pattern.quote(placeholder), -1)).as("documented command names " + placeholder + " once").hasSize(2);
        }
        requireInstalled();
        return new DocumentedKcat(command);
    }

    private static void requireInstalled() throws InterruptedException {
        try {
            Process version = new ProcessBuilder("kcat", "-V").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            assertThat(version.waitFor()).as("kcat -V").isZero();
        } catch (IOException e) {
            fail("kcat is not installed: this test runs the kcat command of docs/integrators.md. Install the Debian package"
                    + " (sudo apt-get install kcat); .ci/run installs it. (" + e.getMessage() + ")");
        }
    }

    /** The documented command with the stack's broker and the given topic, exactly as it is run. */
    String commandFor(String broker, String topic) {
        return command.replace(DOCUMENTED_BROKER, broker).replace(DOCUMENTED_TOPIC, topic);
    }

    /** Everything kcat prints for the topic, from the beginning, until it exits at the end of every partition. */
    List<Printed> read(String broker, String topic, Path workDir) throws IOException, InterruptedException {
        Path out = Files.createTempFile(Files.createDirectories(workDir), "kcat-" + topic + "-", ".out");
        Path err = Files.createTempFile(workDir, "kcat-" + topic + "-", ".err");
        Process kcat = new ProcessBuilder("sh", "-c", commandFor(broker, topic))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!kcat.waitFor(120, TimeUnit.SECONDS)) {
            kcat.destroyForcibly();
            fail("kcat did not exit within 120 s on " + topic + " (the documented -e should end it): " + Files.readString(err));
        }
        assertThat(kcat.exitValue()).as("kcat on " + topic + ": " + Files.readString(err)).isZero();
        return parse(Files.readString(out, StandardCharsets.UTF_8));
    }

    static List<Printed> parse(String output) {
        List<Printed> records = new ArrayList<>();
        String[] lines = output.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            Matcher first = FIRST_LINE.matcher(lines[i]);
            assertThat(first.matches()).as("line %d of kcat's output starts a record: %s", i + 1, lines[i]).isTrue();
            assertThat(i + 2).as("record at line %d has its headers and data", i + 1).isLessThan(lines.length);
            records.add(new Printed(Integer.parseInt(first.group(1)), Long.parseLong(first.group(2)), first.group(3),
                    headers(lines[i + 1]), lines[i + 2]));
            i += 2;
        }
        return records;
    }

    private static Map<String, String> headers(String line) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header : line.isEmpty() ? new String[0] : line.split(",")) {
            int eq = header.indexOf('=');
            headers.put(eq < 0 ? header : header.substring(0, eq), eq < 0 ? null : header.substring(eq + 1));
        }
        return headers;
    }
}
