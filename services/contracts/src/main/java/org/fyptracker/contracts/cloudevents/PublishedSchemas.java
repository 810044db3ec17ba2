package org.fyptracker.contracts.cloudevents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published JSON Schema of each event type's data ({@code schemas/<type>.json} on the classpath of the
 * contracts jar, the same files as {@code docs/schemas/}) and validation against it (draft-07, formats
 * asserted). Needs {@code com.networknt:json-schema-validator} on the classpath: an optional dependency of
 * contracts, declared by the suites that validate (contract tests, testkit, e2e), so services do not ship it.
 */
public final class PublishedSchemas {

    /** Where the schemas live in the source tree and on the classpath. */
    public static final String RESOURCE_DIR = "schemas";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, Optional<JsonNode>> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<String, JsonSchema> VALIDATORS = new ConcurrentHashMap<>();

    private PublishedSchemas() {
    }

    /** The published schema of an event type, or empty when the type has none. */
    public static Optional<JsonNode> schemaOf(String type) {
        return SCHEMAS.computeIfAbsent(type, PublishedSchemas::load);
    }

    /**
     * Validation errors of an event's data against its published schema. Strict: also refuses properties
     * the schema does not name (for checking our own output: nothing undocumented); not strict: as an
     * integrator validates (the published schemas are open for new optional fields).
     *
     * @throws IllegalArgumentException when the type has no published schema
     */
    public static Set<ValidationMessage> validate(String type, JsonNode data, boolean strict) {
        JsonSchema validator = VALIDATORS.computeIfAbsent(type + (strict ? "#strict" : ""), key -> {
            JsonNode schema = schemaOf(type).orElseThrow(() -> new IllegalArgumentException("no published schema for " + type));
            return FACTORY.getSchema(strict ? strict(schema) : schema, CONFIG);
        });
        return validator.validate(data);
    }

    /** The same schema, but refusing any property it does not name. */
    public static JsonNode strict(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        closeObjects(copy);
        return copy;
    }

    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext(); ) {
                closeObjects(it.next());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(PublishedSchemas::closeObjects);
        }
    }

    private static Optional<JsonNode> load(String type) {
        try (InputStream in = PublishedSchemas.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + "/" + type + ".json")) {
            return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
