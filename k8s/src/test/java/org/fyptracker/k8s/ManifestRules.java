package org.fyptracker.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The project's rules for a rendered overlay, beyond what the schemas say (docs/operations.md lists them):
 * <ol>
 *   <li>labels: every object has app.kubernetes.io/name, component, version and part-of=fyp-tracker, and so
 *       does every pod template;</li>
 *   <li>images: a tag or digest, never {@code latest};</li>
 *   <li>resources: every container (init containers too) requests and limits cpu and memory;</li>
 *   <li>probes: every Deployment container has startup, liveness and readiness probes, HTTP on the Spring Boot
 *       health groups; every StatefulSet container has liveness and readiness probes;</li>
 *   <li>graceful shutdown: Deployments and StatefulSets have a preStop hook and a termination grace period;</li>
 *   <li>security: pods run as non-root;</li>
 *   <li>a PodDisruptionBudget selects every Deployment's and StatefulSet's pods; a HorizontalPodAutoscaler
 *       scales every Deployment;</li>
 *   <li>network: a default-deny NetworkPolicy exists, and every workload's pods are selected by a policy
 *       restricting both ingress and egress;</li>
 *   <li>references: ConfigMaps (and their keys) and Secrets that pods use exist, or the Secret is made by an
 *       operator (Strimzi, cert-manager) or declared external; Services select some pods and name their ports;
 *       Strimzi resources name an existing Kafka cluster, and KafkaUser ACLs existing topics.</li>
 * </ol>
 */
final class ManifestRules {

    static final List<String> STANDARD_LABELS = List.of("app.kubernetes.io/name", "app.kubernetes.io/component",
            "app.kubernetes.io/version", "app.kubernetes.io/part-of");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "Job");

    private ManifestRules() {
    }

    static List<String> check(List<ObjectNode> objects, Set<String> externalSecrets) {
        List<String> v = new ArrayList<>();
        for (ObjectNode o : objects) {
            String id = Kustomize.id(o);
            labels(id, o.path("metadata").path("labels"), v);
            if (WORKLOADS.contains(o.path("kind").asText())) {
                workload(id, o, v);
            }
        }
        disruptionBudgetsAndAutoscalers(objects, v);
        networkPolicies(objects, v);
        references(objects, externalSecrets, v);
        strimzi(objects, v);
        return v;
    }

    private static void labels(String where, JsonNode labels, List<String> v) {
        for (String label : STANDARD_LABELS) {
            if (labels.path(label).asText("").isBlank()) {
                v.add(where + ": label " + label + " missing");
            }
        }
        if (!labels.path("app.kubernetes.io/part-of").asText("fyp-tracker").equals("fyp-tracker")) {
            v.add(where + ": label app.kubernetes.io/part-of is not fyp-tracker");
        }
    }

    private static void workload(String id, ObjectNode o, List<String> v) {
        String kind = o.path("kind").asText();
        JsonNode template = o.path("spec").path("template");
        labels(id + " pod template", template.path("metadata").path("labels"), v);
        JsonNode pod = template.path("spec");
        if (!pod.path("securityContext").path("runAsNonRoot").asBoolean(false)) {
            v.add(id + ": pod securityContext.runAsNonRoot is not true");
        }
        List<JsonNode> all = new ArrayList<>();
        pod.path("initContainers").forEach(all::add);
        pod.path("containers").forEach(all::add);
        for (JsonNode c : all) {
            String cid = id + " container " + c.path("name").asText();
            image(cid, c.path("image").asText(), v);
            for (String section : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (c.path("resources").path(section).path(resource).isMissingNode()) {
                        v.add(cid + ": resources." + section + "." + resource + " missing");
                    }
                }
            }
        }
        if (kind.equals("Job")) {
            return;
        }
        for (JsonNode c : pod.path("containers")) {
            String cid = id + " container " + c.path("name").asText();
            List<String> probes = kind.equals("Deployment")
                    ? List.of("startupProbe", "livenessProbe", "readinessProbe")
                    : List.of("livenessProbe", "readinessProbe");
            for (String probe : probes) {
                if (c.path(probe).isMissingNode()) {
                    v.add(cid + ": " + probe + " missing");
                }
            }
            if (kind.equals("Deployment")) {
                httpProbe(cid, c, "livenessProbe", "/actuator/health/liveness", v);
                httpProbe(cid, c, "readinessProbe", "/actuator/health/readiness", v);
            }
            if (c.path("lifecycle").path("preStop").isMissingNode()) {
                v.add(cid + ": no preStop hook (graceful shutdown)");
            }
        }
        if (pod.path("terminationGracePeriodSeconds").asInt(0) < 30) {
            v.add(id + ": terminationGracePeriodSeconds below 30 (graceful shutdown)");
        }
    }

    private static void httpProbe(String cid, JsonNode c, String probe, String path, List<String> v) {
        JsonNode p = c.path(probe);
        if (!p.isMissingNode() && !p.path("httpGet").path("path").asText().equals(path)) {
            v.add(cid + ": " + probe + " is not an HTTP GET of " + path);
        }
    }

    static void image(String where, String image, List<String> v) {
        if (image.isBlank()) {
            v.add(where + ": no image");
            return;
        }
        if (image.contains("@sha256:")) {
            return;
        }
        int colon = image.lastIndexOf(':');
        if (colon < image.lastIndexOf('/') + 1) {
            v.add(where + ": image " + image + " has no tag (means latest)");
        } else if (image.substring(colon + 1).equalsIgnoreCase("latest")) {
            v.add(where + ": image " + image + " uses the latest tag");
        }
    }

    private static void disruptionBudgetsAndAutoscalers(List<ObjectNode> objects, List<String> v) {
        for (ObjectNode o : objects) {
            String kind = o.path("kind").asText();
            if (!kind.equals("Deployment") && !kind.equals("StatefulSet")) {
                continue;
            }
            JsonNode podLabels = o.path("spec").path("template").path("metadata").path("labels");
            String ns = o.path("metadata").path("namespace").asText();
            boolean pdb = objects.stream().anyMatch(p -> p.path("kind").asText().equals("PodDisruptionBudget")
                    && p.path("metadata").path("namespace").asText().equals(ns)
                    && selects(p.path("spec").path("selector"), podLabels));
            if (!pdb) {
                v.add(Kustomize.id(o) + ": no PodDisruptionBudget selects its pods");
            }
            if (kind.equals("Deployment")) {
                String name = o.path("metadata").path("name").asText();
                boolean hpa = objects.stream().anyMatch(h -> h.path("kind").asText().equals("HorizontalPodAutoscaler")
                        && h.path("metadata").path("namespace").asText().equals(ns)
                        && h.path("spec").path("scaleTargetRef").path("kind").asText().equals("Deployment")
                        && h.path("spec").path("scaleTargetRef").path("name").asText().equals(name));
                if (!hpa) {
                    v.add(Kustomize.id(o) + ": no HorizontalPodAutoscaler scales it");
                }
            }
        }
        for (ObjectNode h : objects) {
            if (h.path("kind").asText().equals("HorizontalPodAutoscaler")
                    && h.path("spec").path("minReplicas").asInt(1) > h.path("spec").path("maxReplicas").asInt()) {
                v.add(Kustomize.id(h) + ": minReplicas above maxReplicas");
            }
        }
    }

    private static void networkPolicies(List<ObjectNode> objects, List<String> v) {
        List<ObjectNode> policies = objects.stream().filter(o -> o.path("kind").asText().equals("NetworkPolicy")).toList();
        boolean defaultDeny = policies.stream().anyMatch(p -> types(p).containsAll(Set.of("Ingress", "Egress"))
                && p.path("spec").path("ingress").isEmpty() && p.path("spec").path("egress").isEmpty());
        if (!defaultDeny) {
            v.add("no default-deny NetworkPolicy (both Ingress and Egress, no rules)");
        }
        for (ObjectNode o : objects) {
            if (!WORKLOADS.contains(o.path("kind").asText())) {
                continue;
            }
            JsonNode podLabels = o.path("spec").path("template").path("metadata").path("labels");
            String ns = o.path("metadata").path("namespace").asText();
            Set<String> covered = new HashSet<>();
            for (ObjectNode p : policies) {
                if (p.path("metadata").path("namespace").asText().equals(ns)
                        && selects(p.path("spec").path("podSelector"), podLabels)) {
                    covered.addAll(types(p));
                }
            }
            if (!covered.containsAll(Set.of("Ingress", "Egress"))) {
                v.add(Kustomize.id(o) + ": its pods are not covered by NetworkPolicies for both Ingress and Egress");
            }
        }
    }

    private static Set<String> types(JsonNode policy) {
        Set<String> types = new HashSet<>();
        policy.path("spec").path("policyTypes").forEach(t -> types.add(t.asText()));
        if (types.isEmpty()) {
            types.add("Ingress");
        }
        return types;
    }

    /** A Kubernetes label selector (matchLabels and matchExpressions) against a label set. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) () -> selector.path("matchLabels").fields()) {
            if (!Objects.equals(labels.path(e.getKey()).asText(null), e.getValue().asText())) {
                return false;
            }
        }
        for (JsonNode expr : selector.path("matchExpressions")) {
            String value = labels.path(expr.path("key").asText()).asText(null);
            Set<String> values = new HashSet<>();
            expr.path("values").forEach(x -> values.add(x.asText()));
            boolean ok = switch (expr.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static void references(List<ObjectNode> objects, Set<String> externalSecrets, List<String> v) {
        Map<String, JsonNode> configMaps = new java.util.HashMap<>();
        Set<String> secrets = new HashSet<>(externalSecrets);
        for (ObjectNode o : objects) {
            String ns = o.path("metadata").path("namespace").asText();
            String name = o.path("metadata").path("name").asText();
            switch (o.path("kind").asText()) {
                case "ConfigMap" -> configMaps.put(ns + "/" + name, o.path("data"));
                case "Secret" -> secrets.add(name);
                // Made by Strimzi's user operator and cluster operator.
                case "KafkaUser" -> secrets.add(name);
                case "Kafka" -> {
                    secrets.add(name + "-cluster-ca-cert");
                    secrets.add(name + "-clients-ca-cert");
                }
                // Made by cert-manager from the Ingress annotation.
                case "Ingress" -> {
                    if (o.path("metadata").path("annotations").has("cert-manager.io/cluster-issuer")
                            || o.path("metadata").path("annotations").has("cert-manager.io/issuer")) {
                        o.path("spec").path("tls").forEach(t -> secrets.add(t.path("secretName").asText()));
                    }
                }
                default -> { }
            }
        }
        for (ObjectNode o : objects) {
            String ns = o.path("metadata").path("namespace").asText();
            String id = Kustomize.id(o);
            JsonNode pod = o.path("spec").path("template").path("spec");
            if (!WORKLOADS.contains(o.path("kind").asText())) {
                if (o.path("kind").asText().equals("Ingress")) {
                    o.path("spec").path("tls").forEach(t -> secret(id, t.path("secretName").asText(), secrets, v));
                }
                continue;
            }
            for (JsonNode vol : pod.path("volumes")) {
                if (vol.has("configMap")) {
                    configMap(id, ns, vol.path("configMap").path("name").asText(), null, configMaps, v);
                }
                if (vol.has("secret")) {
                    secret(id, vol.path("secret").path("secretName").asText(), secrets, v);
                }
            }
            List<JsonNode> containers = new ArrayList<>();
            pod.path("initContainers").forEach(containers::add);
            pod.path("containers").forEach(containers::add);
            for (JsonNode c : containers) {
                for (JsonNode env : c.path("env")) {
                    JsonNode from = env.path("valueFrom");
                    if (from.has("configMapKeyRef")) {
                        configMap(id, ns, from.path("configMapKeyRef").path("name").asText(),
                                from.path("configMapKeyRef").path("key").asText(), configMaps, v);
                    }
                    if (from.has("secretKeyRef")) {
                        secret(id, from.path("secretKeyRef").path("name").asText(), secrets, v);
                    }
                }
                for (JsonNode env : c.path("envFrom")) {
                    if (env.has("configMapRef")) {
                        configMap(id, ns, env.path("configMapRef").path("name").asText(), null, configMaps, v);
                    }
                    if (env.has("secretRef")) {
                        secret(id, env.path("secretRef").path("name").asText(), secrets, v);
                    }
                }
            }
        }
        for (ObjectNode s : objects) {
            if (!s.path("kind").asText().equals("Service")) {
                continue;
            }
            String ns = s.path("metadata").path("namespace").asText();
            List<ObjectNode> selected = objects.stream()
                    .filter(o -> WORKLOADS.contains(o.path("kind").asText()) && !o.path("kind").asText().equals("Job"))
                    .filter(o -> o.path("metadata").path("namespace").asText().equals(ns))
                    .filter(o -> s.path("spec").has("selector") && !s.path("spec").path("selector").isEmpty()
                            && selects(Kustomize.JSON.createObjectNode().set("matchLabels", s.path("spec").path("selector")),
                            o.path("spec").path("template").path("metadata").path("labels")))
                    .toList();
            if (selected.isEmpty()) {
                v.add(Kustomize.id(s) + ": selects no pods");
                continue;
            }
            for (JsonNode port : s.path("spec").path("ports")) {
                JsonNode target = port.path("targetPort");
                if (target.isTextual()) {
                    boolean named = selected.stream().allMatch(o -> {
                        for (JsonNode c : o.path("spec").path("template").path("spec").path("containers")) {
                            for (JsonNode p : c.path("ports")) {
                                if (p.path("name").asText().equals(target.asText())) {
                                    return true;
                                }
                            }
                        }
                        return false;
                    });
                    if (!named) {
                        v.add(Kustomize.id(s) + ": targetPort " + target.asText() + " is not a container port name");
                    }
                }
            }
        }
    }

    private static void configMap(String id, String ns, String name, String key, Map<String, JsonNode> configMaps,
                                  List<String> v) {
        JsonNode data = configMaps.get(ns + "/" + name);
        if (data == null) {
            v.add(id + ": ConfigMap " + name + " does not exist");
        } else if (key != null && !data.has(key)) {
            v.add(id + ": ConfigMap " + name + " has no key " + key);
        }
    }

    private static void secret(String id, String name, Set<String> secrets, List<String> v) {
        if (!secrets.contains(name)) {
            v.add(id + ": Secret " + name + " is neither rendered, made by an operator, nor declared external");
        }
    }

    private static void strimzi(List<ObjectNode> objects, List<String> v) {
        Set<String> clusters = new HashSet<>();
        Set<String> topics = new HashSet<>();
        for (ObjectNode o : objects) {
            if (o.path("kind").asText().equals("Kafka")) {
                clusters.add(o.path("metadata").path("name").asText());
            }
            if (o.path("kind").asText().equals("KafkaTopic")) {
                topics.add(o.path("spec").path("topicName").asText(o.path("metadata").path("name").asText()));
            }
        }
        for (ObjectNode o : objects) {
            String kind = o.path("kind").asText();
            if (Set.of("KafkaTopic", "KafkaUser", "KafkaNodePool").contains(kind)
                    && !clusters.contains(o.path("metadata").path("labels").path("strimzi.io/cluster").asText())) {
                v.add(Kustomize.id(o) + ": label strimzi.io/cluster names no Kafka in this overlay");
            }
            if (kind.equals("KafkaUser")) {
                for (JsonNode acl : o.path("spec").path("authorization").path("acls")) {
                    JsonNode r = acl.path("resource");
                    if (r.path("type").asText().equals("topic") && r.path("patternType").asText("literal").equals("literal")
                            && !topics.contains(r.path("name").asText())) {
                        v.add(Kustomize.id(o) + ": ACL names topic " + r.path("name").asText() + " that no KafkaTopic declares");
                    }
                }
            }
        }
    }
}
