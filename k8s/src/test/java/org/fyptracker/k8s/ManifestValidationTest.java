package org.fyptracker.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders each overlay (Kustomize, in Java) and checks every object against the Kubernetes and Strimzi schemas
 * and the project's rules ({@link ManifestRules}); a deliberately broken overlay must fail on each of them.
 */
class ManifestValidationTest {

    private static final Path K8S = Path.of("").toAbsolutePath();
    private static Schemas schemas;

    @BeforeAll
    static void loadSchemas() {
        schemas = new Schemas();
    }

    static List<String> problems(Path overlay, List<ObjectNode> objects) throws IOException {
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : objects) {
            problems.addAll(schemas.validate(o));
        }
        problems.addAll(ManifestRules.check(objects, externalSecrets(overlay)));
        return problems;
    }

    static Set<String> externalSecrets(Path overlay) throws IOException {
        Path file = overlay.resolve("external-secrets.txt");
        if (!Files.exists(file)) {
            return Set.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void overlayPassesSchemasAndRules(String name) throws IOException {
        Path overlay = K8S.resolve("overlays").resolve(name);
        List<ObjectNode> objects = Kustomize.build(overlay);

        assertThat(objects).hasSizeGreaterThan(50);
        assertThat(Kustomize.ids(objects)).as("no object twice").hasSize(objects.size());
        assertThat(problems(overlay, objects)).as(name + " overlay").isEmpty();
        assertThat(objects).allSatisfy(o -> assertThat(o.path("metadata").path("namespace").asText(
                o.path("kind").asText().equals("Namespace") ? "" : null))
                .as(Kustomize.id(o)).isNotNull());
    }

    @Test
    void prodHasTheProductionShape() {
        List<ObjectNode> objects = Kustomize.build(K8S.resolve("overlays/prod"));

        List<ObjectNode> deployments = kind(objects, "Deployment");
        assertThat(deployments).extracting(d -> d.path("metadata").path("name").asText())
                .containsExactlyInAnyOrder("gateway", "plan-catalog", "departments", "projects", "indicators", "tracking");
        assertThat(deployments).allSatisfy(d ->
                assertThat(d.path("spec").path("replicas").asInt()).as(Kustomize.id(d)).isGreaterThanOrEqualTo(2));
        assertThat(kind(objects, "HorizontalPodAutoscaler")).allSatisfy(h ->
                assertThat(h.path("spec").path("minReplicas").asInt()).as(Kustomize.id(h)).isGreaterThanOrEqualTo(2));
        assertThat(poolReplicas(objects, "broker")).isEqualTo(3);
        assertThat(poolReplicas(objects, "controller")).isEqualTo(3);
        ObjectNode kafka = kind(objects, "Kafka").get(0);
        assertThat(kafka.at("/spec/kafka/config/min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(kafka.at("/spec/kafka/config/default.replication.factor").asInt()).isEqualTo(3);
        assertThat(kind(objects, "StatefulSet").get(0).path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(configMap(objects, "fyp-cluster").path("MONGODB_MEMBERS").asText()).isEqualTo("3");
        assertThat(configMap(objects, "fyp-cluster").path("MONGODB_HOSTS").asText().split(",")).hasSize(3);
        assertTopics(objects, 3, 2);
        assertThat(objects).allSatisfy(o -> assertThat(o.path("metadata").path("namespace").asText("fyp-tracker"))
                .isEqualTo("fyp-tracker"));
    }

    @Test
    void devIsSmall() {
        List<ObjectNode> objects = Kustomize.build(K8S.resolve("overlays/dev"));

        assertThat(kind(objects, "Deployment")).allSatisfy(d ->
                assertThat(d.path("spec").path("replicas").asInt()).as(Kustomize.id(d)).isEqualTo(1));
        assertThat(poolReplicas(objects, "broker")).isEqualTo(1);
        assertThat(kind(objects, "StatefulSet").get(0).path("spec").path("replicas").asInt()).isEqualTo(1);
        assertThat(configMap(objects, "fyp-cluster").path("MONGODB_MEMBERS").asText()).isEqualTo("1");
        assertTopics(objects, 1, 1);
        assertThat(kind(objects, "Deployment")).allSatisfy(d -> assertThat(
                d.at("/spec/template/spec/containers/0/image").asText()).endsWith(":0.1.0-dev"));
    }

    /** Every topic the services use, with the partitions and retention documented for integrators. */
    private static void assertTopics(List<ObjectNode> objects, int replicas, int minInsync) {
        Map<String, JsonNode> topics = new HashMap<>();
        kind(objects, "KafkaTopic").forEach(t -> topics.put(t.path("spec").path("topicName").asText(), t));
        assertThat(topics).containsOnlyKeys("fyp.plans.events.v1", "fyp.departments.events.v1", "fyp.projects.events.v1",
                "fyp.indicators.events.v1", "fyp.reports.inbound.v1", "fyp.reports.outcomes.v1",
                "fyp.observations.inbound.v1", "fyp.observations.outcomes.v1");
        topics.forEach((name, t) -> {
            assertThat(t.at("/spec/partitions").asInt()).as(name).isEqualTo(3);
            assertThat(t.at("/spec/replicas").asInt()).as(name).isEqualTo(replicas);
            assertThat(t.at("/spec/config/min.insync.replicas").asInt()).as(name).isEqualTo(minInsync);
            long retention = t.at("/spec/config/retention.ms").asLong();
            if (name.endsWith(".events.v1")) {
                assertThat(retention).as(name).isEqualTo(-1);
            }
        });
        assertThat(topics.get("fyp.reports.inbound.v1").at("/spec/config/retention.ms").asLong()).isEqualTo(14L * 86_400_000);
        assertThat(topics.get("fyp.reports.outcomes.v1").at("/spec/config/retention.ms").asLong()).isEqualTo(90L * 86_400_000);
        assertThat(topics.get("fyp.observations.inbound.v1").at("/spec/config/retention.ms").asLong()).isEqualTo(14L * 86_400_000);
        assertThat(topics.get("fyp.observations.outcomes.v1").at("/spec/config/retention.ms").asLong()).isEqualTo(90L * 86_400_000);
    }

    /** Each service reads its inbound topic in its consumer group and writes its outcomes; a sender the other way round. */
    @Test
    void inboundTopicsAreOpenToTheirServiceAndToSenders() {
        Map<String, Set<String>> acls = new HashMap<>();
        for (ObjectNode user : kind(Kustomize.build(K8S.resolve("overlays/prod")), "KafkaUser")) {
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                for (JsonNode operation : acl.path("operations")) {
                    acls.computeIfAbsent(user.at("/metadata/name").asText(), u -> new HashSet<>()).add(
                            acl.at("/resource/type").asText() + ":" + acl.at("/resource/name").asText() + ":" + operation.asText());
                }
            }
        }
        assertThat(acls.get("projects")).contains("topic:fyp.reports.inbound.v1:Read", "topic:fyp.reports.outcomes.v1:Write",
                "group:projects:Read");
        assertThat(acls.get("indicators")).contains("topic:fyp.observations.inbound.v1:Read",
                "topic:fyp.observations.outcomes.v1:Write", "group:indicators-inbound:Read", "topic:fyp.plans.events.v1:Read");
        assertThat(acls.get("batch-sender-example")).contains("topic:fyp.reports.inbound.v1:Write",
                "topic:fyp.reports.outcomes.v1:Read", "topic:fyp.observations.inbound.v1:Write",
                "topic:fyp.observations.outcomes.v1:Read");
    }

    @Test
    void aBrokenOverlayFailsOnEveryRule() throws IOException {
        Path broken = K8S.resolve("src/test/resources/fixtures/broken-overlay");
        List<String> problems = problems(broken, Kustomize.build(broken));

        assertThat(problems).anyMatch(p -> p.contains("Deployment/fyp-broken/projects container projects: readinessProbe missing"));
        assertThat(problems).anyMatch(p -> p.contains("tracking:latest uses the latest tag"));
        assertThat(problems).anyMatch(p -> p.contains("Deployment/fyp-broken/indicators container indicators: resources.limits.memory missing"));
        assertThat(problems).anyMatch(p -> p.contains("Deployment/fyp-broken/orphan: no PodDisruptionBudget selects its pods"));
        assertThat(problems).anyMatch(p -> p.contains("Deployment/fyp-broken/orphan: no HorizontalPodAutoscaler scales it"));
        assertThat(problems).anyMatch(p -> p.contains("Deployment/fyp-broken/orphan: label app.kubernetes.io/component missing"));
        assertThat(problems).anyMatch(p -> p.contains("Deployment/fyp-broken/orphan: its pods are not covered by NetworkPolicies"));
        assertThat(problems).anyMatch(p -> p.contains("Deployment/fyp-broken/orphan container orphan: image nginx has no tag"));
        assertThat(problems).anyMatch(p -> p.contains("Deployment/fyp-broken/orphan: schema:") && p.contains("replicas"));
        assertThat(problems).anyMatch(p -> p.contains("Deployment/fyp-broken/orphan: schema:") && p.contains("imagePullPolicyy"));
        assertThat(problems).anyMatch(p -> p.contains("KafkaTopic/fyp-broken/fyp.projects.events.v1: schema:") && p.contains("partitons"));
        assertThat(problems).anyMatch(p -> p.contains("Kafka/fyp-broken/fyp: schema:") && p.contains("authorisation"));
        assertThat(problems).anyMatch(p -> p.contains("KafkaUser/fyp-broken/tracking: ACL names topic fyp.tracking.typo.v1"));
        assertThat(problems).anyMatch(p -> p.contains("Secret mongodb-admin is neither rendered"));
        assertThat(problems).anyMatch(p -> p.contains("no schema for example.org/v1/Widget"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersLikeKubectl(String name) throws Exception {
        Path overlay = K8S.resolve("overlays").resolve(name);
        String kubectl = kubectlOutput(overlay);
        assumeTrue(kubectl != null, "kubectl with built-in kustomize is not installed: renderer parity not checked");

        Map<String, JsonNode> expected = new HashMap<>();
        for (JsonNode doc : Kustomize.YAML.readValues(Kustomize.YAML.getFactory().createParser(kubectl), JsonNode.class).readAll()) {
            expected.put(Kustomize.id(doc), doc);
        }
        Map<String, JsonNode> actual = new HashMap<>();
        Kustomize.build(overlay).forEach(o -> actual.put(Kustomize.id(o), o));

        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        List<String> different = new ArrayList<>();
        for (String id : expected.keySet()) {
            if (!Kustomize.JSON.valueToTree(actual.get(id)).equals(Kustomize.JSON.valueToTree(expected.get(id)))) {
                different.add(id + "\n  kubectl: " + expected.get(id) + "\n  java:    " + actual.get(id));
            }
        }
        assertThat(different).isEmpty();
    }

    private static String kubectlOutput(Path overlay) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException notInstalled) {
            return null;
        }
    }

    private static List<ObjectNode> kind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    private static int poolReplicas(List<ObjectNode> objects, String role) {
        Set<String> roles = new HashSet<>();
        int replicas = 0;
        for (ObjectNode pool : kind(objects, "KafkaNodePool")) {
            roles.clear();
            pool.path("spec").path("roles").forEach(r -> roles.add(r.asText()));
            if (roles.contains(role)) {
                replicas += pool.path("spec").path("replicas").asInt();
            }
        }
        return replicas;
    }

    private static JsonNode configMap(List<ObjectNode> objects, String name) {
        return kind(objects, "ConfigMap").stream().filter(c -> c.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow().path("data");
    }
}
