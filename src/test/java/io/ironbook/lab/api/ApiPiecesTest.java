package io.ironbook.lab.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiPiecesTest {

    @Test
    void mergePatchReplacesArraysAndDeletesNulls() {
        Map<String, Object> node = Json.map("{\"spec\":{\"taints\":[{\"key\":\"a\"},{\"key\":\"b\"}],\"podCIDR\":\"x\"}}");
        Map<String, Object> patched = Patches.apply(node, "application/merge-patch+json", "{\"spec\":{\"taints\":[{\"key\":\"c\"}],\"podCIDR\":null}}");
        assertThat(Json.write(patched)).isEqualTo("{\"spec\":{\"taints\":[{\"key\":\"c\"}]}}");
        Map<String, Object> strategic = Patches.apply(node, "application/strategic-merge-patch+json", "{\"spec\":{\"unschedulable\":true}}");
        assertThat(Json.at(strategic, "spec.unschedulable")).isEqualTo(true);
        Map<String, Object> jsonPatch = Patches.apply(node, "application/json-patch+json",
                "[{\"op\":\"replace\",\"path\":\"/spec/podCIDR\",\"value\":\"y\"}]");
        assertThat(Json.at(jsonPatch, "spec.podCIDR")).isEqualTo("y");
        assertThat(Patches.supported("application/apply-patch+yaml")).isFalse();
    }

    @Test
    void fieldSelectorsOnAnyField() {
        FieldSelector s = FieldSelector.fromQuery("limit=500&fieldSelector=spec.nodeName%3Dworker-1%2Cstatus.phase%21%3DSucceeded").orElseThrow();
        assertThat(s.matches(Json.map("{\"spec\":{\"nodeName\":\"worker-1\"},\"status\":{\"phase\":\"Running\"}}"))).isTrue();
        assertThat(s.matches(Json.map("{\"spec\":{\"nodeName\":\"worker-1\"},\"status\":{\"phase\":\"Succeeded\"}}"))).isFalse();
        assertThat(s.matches(Json.map("{\"spec\":{\"nodeName\":\"worker-2\"}}"))).isFalse();
        assertThat(FieldSelector.fromQuery("fieldSelector=metadata.name%3Dx")).isEmpty();
        assertThat(FieldSelector.without("limit=500&fieldSelector=a%3Db&watch=true")).isEqualTo("limit=500&watch=true");
    }

    @Test
    void budgetsCountTheControllersScale() {
        List<Map<String, Object>> pods = List.of(
                Json.map("{\"metadata\":{\"labels\":{\"app\":\"web\"},\"ownerReferences\":[{\"uid\":\"rs\"}]},"
                        + "\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}}"),
                Json.map("{\"metadata\":{\"labels\":{\"app\":\"web\"},\"ownerReferences\":[{\"uid\":\"rs\"}],\"deletionTimestamp\":\"x\"}}"),
                Json.map("{\"metadata\":{\"labels\":{\"app\":\"web\"},\"ownerReferences\":[{\"uid\":\"rs\"}]},"
                        + "\"status\":{\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\"}]}}"));
        Budget b = Budget.of(Json.map("{\"spec\":{\"maxUnavailable\":1,\"selector\":{\"matchLabels\":{\"app\":\"web\"}}}}"), pods, Map.of("rs", 3));
        assertThat(b.expected()).isEqualTo(3);
        assertThat(b.healthy()).isEqualTo(2);
        assertThat(b.desiredHealthy()).isEqualTo(2);
        assertThat(b.disruptionsAllowed()).isZero();
        Budget pct = Budget.of(Json.map("{\"spec\":{\"minAvailable\":\"50%\",\"selector\":{\"matchLabels\":{\"app\":\"web\"}}}}"), pods, Map.of("rs", 3));
        assertThat(pct.desiredHealthy()).isEqualTo(2);
    }

    @Test
    void humanDurationsAsKubectlPrintsThem() {
        assertThat(Tables.human(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(Tables.human(Duration.ofSeconds(192))).isEqualTo("3m12s");
        assertThat(Tables.human(Duration.ofMinutes(15))).isEqualTo("15m");
        assertThat(Tables.human(Duration.ofMinutes(303))).isEqualTo("5h3m");
        assertThat(Tables.human(Duration.ofHours(26))).isEqualTo("26h");
        assertThat(Tables.human(Duration.ofHours(52))).isEqualTo("2d4h");
        assertThat(Tables.human(Duration.ofDays(20))).isEqualTo("20d");
    }

    @Test
    void resourcePaths() {
        ResourcePath p = ResourcePath.parse("/api/v1/namespaces/default/pods/web-1/eviction").orElseThrow();
        assertThat(p).isEqualTo(new ResourcePath("v1", "default", "pods", "web-1", "eviction"));
        assertThat(p.objectPath()).isEqualTo("/api/v1/namespaces/default/pods/web-1");
        assertThat(ResourcePath.parse("/apis/apps/v1/daemonsets").orElseThrow().namespace()).isNull();
        assertThat(ResourcePath.parse("/api/v1/namespaces/kube-system").orElseThrow().resource()).isEqualTo("namespaces");
        assertThat(ResourcePath.parse("/version")).isEmpty();
    }
}
