package org.fyptracker.k8s;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code kustomize build} for the subset of Kustomize this repository uses, so the build needs no binary:
 * {@code resources} (files and directories with a kustomization), {@code namespace}, {@code labels}
 * (includeSelectors false, includeTemplates), {@code images} (newName, newTag, digest), {@code replicas} and
 * {@code patches} (strategic-merge patches, one or more documents, and JSON 6902 patches, from a file or inline,
 * with an optional target). Anything else in a kustomization is refused, so a feature this does not implement
 * can never be ignored silently. Transformers run in Kustomize's order: patches, namespace, labels, replicas, images.
 * {@code ManifestValidationTest#rendersLikeKubectl} compares the result with kubectl's built-in Kustomize
 * where kubectl is installed.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "labels",
            "images", "replicas", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass");
    private static final Set<String> WORKLOADS_WITH_REPLICAS = Set.of("Deployment", "StatefulSet", "ReplicaSet",
            "ReplicationController");
    private static final Set<String> TEMPLATED = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "Job", "ReplicationController");

    private Kustomize() {
    }

    /** The objects {@code kustomize build dir} would print, in resource order. */
    static List<ObjectNode> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + dir);
        }
        ObjectNode k = (ObjectNode) readAll(file).get(0);
        k.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(file + ": field '" + field + "' is not supported by this renderer");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(p)) {
                objects.addAll(build(p));
            } else {
                readAll(p).forEach(n -> objects.add((ObjectNode) n));
            }
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, patch, objects);
        }
        if (k.hasNonNull("namespace")) {
            String ns = k.get("namespace").asText();
            for (ObjectNode o : objects) {
                if (CLUSTER_SCOPED.contains(o.path("kind").asText())) {
                    continue;
                }
                ((ObjectNode) o.get("metadata")).put("namespace", ns);
            }
        }
        for (JsonNode l : k.path("labels")) {
            if (l.path("includeSelectors").asBoolean(false)) {
                throw new IllegalArgumentException(file + ": labels with includeSelectors are not supported");
            }
            boolean templates = l.path("includeTemplates").asBoolean(false);
            Map<String, String> pairs = JSON.convertValue(l.path("pairs"), new TypeReference<>() { });
            for (ObjectNode o : objects) {
                addLabels((ObjectNode) o.get("metadata"), pairs);
                if (templates && TEMPLATED.contains(o.path("kind").asText())) {
                    addLabels(o.with("spec").with("template").with("metadata"), pairs);
                }
                if (templates && o.path("kind").asText().equals("StatefulSet")) {
                    for (JsonNode vct : o.path("spec").path("volumeClaimTemplates")) {
                        addLabels(((ObjectNode) vct).with("metadata"), pairs);
                    }
                }
            }
        }
        for (JsonNode r : k.path("replicas")) {
            for (ObjectNode o : objects) {
                if (WORKLOADS_WITH_REPLICAS.contains(o.path("kind").asText())
                        && o.path("metadata").path("name").asText().equals(r.path("name").asText())) {
                    o.with("spec").put("replicas", r.path("count").asInt());
                }
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode o : objects) {
                retag(o, image);
            }
        }
        return objects;
    }

    static List<JsonNode> readAll(Path file) {
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(file.toFile())) {
            List<JsonNode> docs = new ArrayList<>();
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void addLabels(ObjectNode metadata, Map<String, String> pairs) {
        ObjectNode labels = metadata.with("labels");
        pairs.forEach(labels::put);
    }

    // ---- images --------------------------------------------------------------------------------------------

    private static void retag(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            for (String list : List.of("containers", "initContainers")) {
                for (JsonNode c : node.path(list)) {
                    if (c.isObject() && c.has("image")) {
                        String changed = retag(c.get("image").asText(), image);
                        ((ObjectNode) c).put("image", changed);
                    }
                }
            }
            node.forEach(child -> retag(child, image));
        } else if (node.isArray()) {
            node.forEach(child -> retag(child, image));
        }
    }

    static String retag(String ref, JsonNode image) {
        String name = ref;
        String suffix = "";
        int at = ref.indexOf('@');
        int colon = ref.lastIndexOf(':');
        if (at >= 0) {
            name = ref.substring(0, at);
            suffix = ref.substring(at);
        } else if (colon > ref.lastIndexOf('/')) {
            name = ref.substring(0, colon);
            suffix = ref.substring(colon);
        }
        if (!name.equals(image.path("name").asText())) {
            return ref;
        }
        if (image.hasNonNull("newName")) {
            name = image.get("newName").asText();
        }
        if (image.hasNonNull("digest")) {
            suffix = "@" + image.get("digest").asText();
        } else if (image.hasNonNull("newTag")) {
            suffix = ":" + image.get("newTag").asText();
        }
        return name + suffix;
    }

    // ---- patches -------------------------------------------------------------------------------------------

    private static void applyPatch(Path dir, JsonNode entry, List<ObjectNode> objects) {
        List<JsonNode> docs;
        if (entry.hasNonNull("path")) {
            docs = readAll(dir.resolve(entry.get("path").asText()));
        } else {
            docs = new ArrayList<>();
            String text = entry.path("patch").asText();
            try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(text)) {
                for (Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                    JsonNode d = it.next();
                    if (d != null && !d.isEmpty()) {
                        docs.add(d);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (docs.isEmpty()) {
                throw new IllegalArgumentException("empty inline patch in " + dir);
            }
        }
        JsonNode target = entry.path("target");
        for (JsonNode doc : docs) {
            List<ObjectNode> matched = new ArrayList<>();
            for (ObjectNode o : objects) {
                boolean hit = target.isMissingNode() ? sameObject(o, doc) : matches(o, target);
                if (hit) {
                    matched.add(o);
                }
            }
            if (matched.isEmpty()) {
                throw new IllegalArgumentException("patch in " + dir + " matches nothing: "
                        + (target.isMissingNode() ? doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText() : target));
            }
            for (ObjectNode o : matched) {
                if (doc.isArray()) {
                    JsonPatch.apply(o, (ArrayNode) doc);
                } else {
                    strategicMerge(o, (ObjectNode) doc, isBuiltIn(o));
                }
            }
        }
    }

    private static boolean isBuiltIn(JsonNode o) {
        String apiVersion = o.path("apiVersion").asText();
        return !apiVersion.contains(".") || apiVersion.contains(".k8s.io/");
    }

    private static boolean sameObject(JsonNode o, JsonNode patch) {
        return o.path("kind").asText().equals(patch.path("kind").asText())
                && o.path("metadata").path("name").asText().equals(patch.path("metadata").path("name").asText())
                && group(o.path("apiVersion").asText()).equals(group(patch.path("apiVersion").asText()));
    }

    private static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    private static boolean matches(JsonNode o, JsonNode target) {
        if (target.hasNonNull("kind") && !target.get("kind").asText().equals(o.path("kind").asText())) {
            return false;
        }
        if (target.hasNonNull("name")
                && !Pattern.matches(target.get("name").asText(), o.path("metadata").path("name").asText())) {
            return false;
        }
        if (target.hasNonNull("group") && !target.get("group").asText().equals(group(o.path("apiVersion").asText()))) {
            return false;
        }
        if (target.hasNonNull("labelSelector")) {
            for (String term : target.get("labelSelector").asText().split(",")) {
                String[] kv = term.split("=", 2);
                if (!o.path("metadata").path("labels").path(kv[0].trim()).asText("\0").equals(kv[1].trim())) {
                    return false;
                }
            }
        }
        Set<String> known = Set.of("kind", "name", "group", "version", "labelSelector");
        target.fieldNames().forEachRemaining(f -> {
            if (!known.contains(f)) {
                throw new IllegalArgumentException("patch target field '" + f + "' is not supported");
            }
        });
        return true;
    }

    /**
     * Strategic merge as Kubernetes does it for the lists this repository patches (containers, volumes, env,
     * ports, volume mounts merge by their key; every other list is replaced). Custom resources get JSON merge
     * patch semantics (lists replaced), as in Kustomize.
     */
    static void strategicMerge(ObjectNode target, ObjectNode patch, boolean builtIn) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = f.getKey();
            JsonNode value = f.getValue();
            if (key.startsWith("$")) {
                throw new IllegalArgumentException("patch directive " + key + " is not supported");
            }
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                strategicMerge((ObjectNode) current, (ObjectNode) value, builtIn);
            } else if (value.isArray() && current != null && current.isArray() && builtIn && mergeKey(key, value) != null) {
                mergeList((ArrayNode) current, (ArrayNode) value, mergeKey(key, value), builtIn);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static String mergeKey(String field, JsonNode items) {
        return switch (field) {
            case "containers", "initContainers", "volumes", "env", "imagePullSecrets" -> "name";
            case "volumeMounts" -> "mountPath";
            case "ports" -> items.path(0).has("containerPort") ? "containerPort" : "port";
            default -> null;
        };
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String key, boolean builtIn) {
        for (JsonNode item : patch) {
            ObjectNode existing = null;
            for (JsonNode c : current) {
                if (c.path(key).equals(item.path(key))) {
                    existing = (ObjectNode) c;
                }
            }
            if (existing == null) {
                current.add(item.deepCopy());
            } else {
                strategicMerge(existing, (ObjectNode) item, builtIn);
            }
        }
    }

    /** JSON Patch (RFC 6902): add, remove, replace, test. */
    static final class JsonPatch {
        private JsonPatch() {
        }

        static void apply(ObjectNode doc, ArrayNode ops) {
            for (JsonNode op : ops) {
                String path = op.path("path").asText();
                List<String> tokens = tokens(path);
                String last = tokens.get(tokens.size() - 1);
                JsonNode parent = doc;
                for (String t : tokens.subList(0, tokens.size() - 1)) {
                    parent = parent.isArray() ? parent.get(Integer.parseInt(t)) : parent.get(t);
                    if (parent == null) {
                        throw new IllegalArgumentException("path " + path + " does not exist in "
                                + doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText());
                    }
                }
                switch (op.path("op").asText()) {
                    case "add" -> add(parent, last, op.get("value").deepCopy(), path);
                    case "replace" -> {
                        requireExists(parent, last, path, doc);
                        remove(parent, last);
                        add(parent, last, op.get("value").deepCopy(), path);
                    }
                    case "remove" -> {
                        requireExists(parent, last, path, doc);
                        remove(parent, last);
                    }
                    case "test" -> {
                        JsonNode actual = parent.isArray() ? parent.get(Integer.parseInt(last)) : parent.get(last);
                        if (!op.get("value").equals(actual)) {
                            throw new IllegalArgumentException("test failed at " + path);
                        }
                    }
                    default -> throw new IllegalArgumentException("JSON patch op " + op.path("op") + " is not supported");
                }
            }
        }

        private static void requireExists(JsonNode parent, String last, String path, JsonNode doc) {
            boolean exists = parent.isArray() ? Integer.parseInt(last) < parent.size() : parent.has(last);
            if (!exists) {
                throw new IllegalArgumentException("path " + path + " does not exist in "
                        + doc.path("kind").asText() + "/" + doc.path("metadata").path("name").asText());
            }
        }

        private static void add(JsonNode parent, String last, JsonNode value, String path) {
            if (parent.isArray()) {
                ArrayNode array = (ArrayNode) parent;
                if (last.equals("-")) {
                    array.add(value);
                } else {
                    array.insert(Integer.parseInt(last), value);
                }
            } else if (parent.isObject()) {
                ((ObjectNode) parent).set(last, value);
            } else {
                throw new IllegalArgumentException("cannot add at " + path);
            }
        }

        private static void remove(JsonNode parent, String last) {
            if (parent.isArray()) {
                ((ArrayNode) parent).remove(Integer.parseInt(last));
            } else {
                ((ObjectNode) parent).remove(last);
            }
        }

        private static List<String> tokens(String path) {
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("JSON pointer must start with /: " + path);
            }
            List<String> tokens = new ArrayList<>();
            for (String t : path.substring(1).split("/", -1)) {
                tokens.add(t.replace("~1", "/").replace("~0", "~"));
            }
            return tokens;
        }
    }

    /** kind/namespace/name, the identity of an object in a rendered set. */
    static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + o.path("metadata").path("namespace").asText("-") + "/"
                + o.path("metadata").path("name").asText();
    }

    static Set<String> ids(List<ObjectNode> objects) {
        Set<String> ids = new LinkedHashSet<>();
        objects.forEach(o -> ids.add(id(o)));
        return ids;
    }

}
