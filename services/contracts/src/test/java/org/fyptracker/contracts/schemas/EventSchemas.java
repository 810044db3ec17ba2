package org.fyptracker.contracts.schemas;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fyptracker.contracts.DomainEvent;
import org.fyptracker.contracts.cloudevents.CloudEventTypes;

/**
 * The published JSON Schemas of the events' data, generated from the event records themselves, and the
 * JSON the services put on the wire (the platform's Jackson settings, {@code fyp-platform.yml}).
 *
 * <p>Required, in a schema, means "always present in the JSON": primitives; components a record never
 * leaves null (its constructor defaults or demands them: lists); and in every event its aggregate id and
 * its provenance. Everything else may be absent (the services write {@code non_null}). Objects do not
 * forbid unknown properties: a new optional field is a compatible change (docs/integrators.md).
 */
public final class EventSchemas {

    private static final Map<Class<?>, Set<String>> NEVER_NULL = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** A mapper with the settings every service's Jackson has (Spring Boot defaults + fyp-platform.yml). */
    public static ObjectMapper platformJson() {
        return JsonMapper.builder()
                .findAndAddModules()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    public static String fileName(Class<?> eventClass) {
        return CloudEventTypes.typeOf(eventClass) + ".json";
    }

    /** The schema of an event's data (the CloudEvent's {@code data}, i.e. the Kafka record value). */
    public static ObjectNode generate(Class<? extends DomainEvent> eventClass) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED))
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES)
                .with(Option.NULLABLE_ARRAY_ITEMS_ALLOWED)
                .without(Option.FLATTENED_OPTIONALS);
        config.forFields().withRequiredCheck(field -> {
            if (field.getType() != null && field.getType().isPrimitive()) {
                return true;
            }
            Class<?> owner = field.getDeclaringType().getErasedType();
            return owner.isRecord() && neverNull(owner).contains(field.getName());
        });
        // Jackson's SIMPLE_NAME type ids (TypedTarget) are not known to the module: name the property here.
        config.forTypesInGeneral().withTypeAttributeOverride((attributes, scope, context) -> {
            Class<?> type = scope.getType().getErasedType();
            for (Class<?> parent : type.getInterfaces()) {
                JsonTypeInfo info = parent.getAnnotation(JsonTypeInfo.class);
                if (info != null && info.use() == JsonTypeInfo.Id.SIMPLE_NAME && attributes.has("properties")) {
                    ObjectNode discriminator = attributes.objectNode().put("const", type.getSimpleName());
                    ObjectNode properties = attributes.objectNode().set(info.property(), discriminator);
                    properties.setAll((ObjectNode) attributes.get("properties"));
                    attributes.set("properties", properties);
                    ArrayNode required = attributes.arrayNode().add(info.property());
                    if (attributes.get("required") instanceof ArrayNode existing) {
                        required.addAll(existing);
                    }
                    attributes.set("required", required);
                }
            }
        });
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(eventClass);
        ObjectNode ordered = schema.objectNode();
        ordered.set("$schema", schema.get("$schema"));
        ordered.put("$id", "urn:fyp-tracker:schema:" + CloudEventTypes.typeOf(eventClass));
        ordered.put("title", CloudEventTypes.typeOf(eventClass));
        ordered.put("description", "The data (Kafka record value, JSON) of a CloudEvent of type "
                + CloudEventTypes.typeOf(eventClass) + ", source " + CloudEventTypes.sourceOf(eventClass)
                + ". Generated from " + eventClass.getName() + ".");
        schema.fields().forEachRemaining(e -> {
            if (!ordered.has(e.getKey())) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        return ordered;
    }

    /**
     * Components of a record that are never null in what the services write: a null given to its
     * constructor is refused or replaced; for events also the aggregate id and the provenance.
     */
    static Set<String> neverNull(Class<?> record) {
        return NEVER_NULL.computeIfAbsent(record, r -> {
            Set<String> names = new java.util.LinkedHashSet<>();
            RecordComponent[] components = r.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (!components[i].getType().isPrimitive() && !Samples.acceptsNull(r, i)) {
                    names.add(components[i].getName());
                }
            }
            if (DomainEvent.class.isAssignableFrom(r)) {
                names.add("provenance");
                names.add(Samples.aggregateIdComponent(r));
            }
            return Set.copyOf(names);
        });
    }

    static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("src/main/resources")) && here.endsWith("contracts")
                ? here : here.resolve("services/contracts");
    }

    static String pretty(JsonNode schema) {
        try {
            return platformJson().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isCollection(Class<?> type) {
        return Collection.class.isAssignableFrom(type);
    }
}
