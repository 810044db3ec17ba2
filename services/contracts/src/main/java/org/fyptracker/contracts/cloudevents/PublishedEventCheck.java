package org.fyptracker.contracts.cloudevents;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fyptracker.contracts.DomainEvent;

/**
 * Checks one published event, as a Kafka record in CloudEvents binary mode, against the contract of
 * docs/integrators.md: every {@code ce_*} header and {@code content-type} as documented, nothing
 * undocumented, and the data valid against its type's published schema, strictly. The attributes must
 * also agree with the data: subject = key = the aggregate id, {@code ce_plancode} = the event's plan,
 * {@code ce_department} = its provenance's department.
 *
 * <p>Used on every record the services publish in their integration tests (testkit) and on what kcat
 * prints from the local stack (e2e), so both check one and the same contract.
 */
public final class PublishedEventCheck {

    /** The header prefix of CloudEvent attributes in the Kafka binding. */
    public static final String HEADER_PREFIX = "ce_";
    /** The header of {@code datacontenttype} in binary mode. */
    public static final String CONTENT_TYPE = "content-type";

    private static final Set<String> ATTRIBUTES = Set.of("specversion", "id", "source", "type", "subject", "time",
            CloudEventExtensions.PLAN, CloudEventExtensions.DEPARTMENT, CloudEventExtensions.CORRELATION_ID,
            CloudEventExtensions.SEQUENCE);
    private static final Pattern TYPE = Pattern.compile("org\\.fyptracker\\.[a-z]+\\.[A-Z][A-Za-z0-9]*\\.v[1-9][0-9]*");
    private static final Pattern SEQUENCE = Pattern.compile("0|[1-9][0-9]{0,18}");
    private static final ObjectMapper DATA = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private PublishedEventCheck() {
    }

    /**
     * What is wrong with one record; empty when it keeps the contract.
     *
     * @param key     the record key (may be null)
     * @param headers the record headers by name, values as UTF-8 text
     * @param value   the record value (the event's data)
     */
    public static List<ContractViolation> check(String key, Map<String, String> headers, byte[] value) {
        Found found = new Found(headers.get(HEADER_PREFIX + "type"), headers.get(HEADER_PREFIX + "id"));
        found.unless("1.0".equals(header(headers, "specversion")), "ce_specversion", "must be 1.0, is " + header(headers, "specversion"));
        found.unless(notBlank(found.id), "ce_id", "required, the stored event's id");
        Optional<Class<? extends DomainEvent>> eventClass = Optional.empty();
        if (found.type == null || !TYPE.matcher(found.type).matches()) {
            found.add("ce_type", "must be org.fyptracker.<context>.<Event>.v<n>, is " + found.type);
        } else {
            eventClass = CloudEventTypes.classOf(found.type);
            found.unless(eventClass.isPresent(), "ce_type", "not an event type of the contract (CloudEventTypes)");
        }
        eventClass.ifPresent(c -> found.unless(CloudEventTypes.sourceOf(c).toString().equals(header(headers, "source")),
                "ce_source", "must be " + CloudEventTypes.sourceOf(c) + ", is " + header(headers, "source")));
        String subject = header(headers, "subject");
        found.unless(notBlank(subject), "ce_subject", "required, the aggregate id");
        found.unless(subject == null || subject.equals(key), "ce_subject", "must equal the record key " + key + ", is " + subject);
        checkTime(header(headers, "time"), found);
        found.unless("application/json".equals(headers.get(CONTENT_TYPE)), CONTENT_TYPE,
                "must be application/json (datacontenttype), is " + headers.get(CONTENT_TYPE));
        String sequence = header(headers, CloudEventExtensions.SEQUENCE);
        found.unless(sequence != null && SEQUENCE.matcher(sequence).matches(), "ce_" + CloudEventExtensions.SEQUENCE,
                "required, a number from 0, is " + sequence);
        String correlation = header(headers, CloudEventExtensions.CORRELATION_ID);
        found.unless(correlation == null || notBlank(correlation), "ce_" + CloudEventExtensions.CORRELATION_ID,
                "absent or not blank");
        headers.keySet().stream()
                .filter(name -> name.startsWith(HEADER_PREFIX) && !ATTRIBUTES.contains(name.substring(HEADER_PREFIX.length())))
                .forEach(name -> found.add(name, "undocumented attribute"));
        eventClass.ifPresent(c -> checkData(c, headers, value, found));
        return found.violations;
    }

    private static void checkTime(String time, Found found) {
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(Objects.requireNonNull(time, "absent"), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            found.unless(parsed.getOffset().equals(ZoneOffset.UTC), "ce_time", "must be in UTC, is " + time);
        } catch (DateTimeParseException | NullPointerException e) {
            found.add("ce_time", "required, an RFC 3339 timestamp, is " + time);
        }
    }

    private static void checkData(Class<? extends DomainEvent> eventClass, Map<String, String> headers, byte[] value, Found found) {
        JsonNode data;
        try {
            data = value == null ? null : DATA.readTree(value);
        } catch (IOException e) {
            found.add("data", "must be JSON: " + reason(e));
            return;
        }
        if (data == null || !data.isObject()) {
            found.add("data", "must be a JSON object");
            return;
        }
        if (PublishedSchemas.schemaOf(found.type).isEmpty()) {
            found.add("ce_type", "has no published schema");
            return;
        }
        Set<ValidationMessage> errors = PublishedSchemas.validate(found.type, data, true);
        errors.forEach(m -> found.add(dataField(m), m.getType() + ": " + m.getMessage()));
        if (!errors.isEmpty()) {
            return;
        }
        DomainEvent event;
        try {
            event = DATA.treeToValue(data, eventClass);
        } catch (IOException e) {
            found.add("data", "does not read as " + eventClass.getSimpleName() + ": " + reason(e));
            return;
        }
        found.unless(Objects.equals(event.aggregateId(), header(headers, "subject")), "ce_subject",
                "must be the aggregate id " + event.aggregateId());
        found.unless(Objects.equals(event.planCode(), header(headers, CloudEventExtensions.PLAN)),
                "ce_" + CloudEventExtensions.PLAN, "must be the event's plan " + event.planCode() + " (absent when none)");
        String department = event.provenance() == null ? null : event.provenance().department();
        found.unless(Objects.equals(department, header(headers, CloudEventExtensions.DEPARTMENT)),
                "ce_" + CloudEventExtensions.DEPARTMENT, "must be the provenance's department " + department);
    }

    /** The place in the data a schema error is about: {@code data.provenance.recordedAt}, {@code data.evidence[0]}. */
    private static String dataField(ValidationMessage message) {
        StringBuilder field = new StringBuilder("data");
        JsonNodePath location = message.getInstanceLocation();
        for (int i = 0; location != null && i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            field.append(element instanceof Integer index ? "[" + index + "]" : "." + element);
        }
        String property = message.getProperty();
        return property == null || field.toString().endsWith("." + property) ? field.toString() : field + "." + property;
    }

    private static String reason(IOException e) {
        return e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
    }

    private static String header(Map<String, String> headers, String attribute) {
        return headers.get(HEADER_PREFIX + attribute);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    /** The violations found in one record so far. */
    private static final class Found {
        final String type;
        final String id;
        final List<ContractViolation> violations = new ArrayList<>();

        Found(String type, String id) {
            this.type = type;
            this.id = id;
        }

        void unless(boolean kept, String field, String rule) {
            if (!kept) {
                add(field, rule);
            }
        }

        void add(String field, String rule) {
            violations.add(new ContractViolation(type, id, field, rule));
        }
    }
}
