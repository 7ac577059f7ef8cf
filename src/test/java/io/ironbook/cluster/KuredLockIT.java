package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** kured's reboot lock read from its DaemonSet's annotation, over HTTP from fabric8's mock API server. */
class KuredLockIT extends ApiServerTestBase {

    private void kured(Map<String, String> annotations) {
        DaemonSet ds = new DaemonSetBuilder().withNewMetadata().withName("kured").withNamespace("kube-system")
                .withAnnotations(annotations).endMetadata().withNewSpec().withNewSelector().addToMatchLabels("name", "kured")
                .endSelector().withNewTemplate().withNewMetadata().addToLabels("name", "kured").endMetadata().withNewSpec()
                .addNewContainer().withName("kured").withImage("ghcr.io/kubereboot/kured:1.16.0").endContainer().endSpec()
                .endTemplate().endSpec().build();
        admin.apps().daemonSets().inNamespace("kube-system").resource(ds).createOr(existing -> existing.update());
    }

    @Test
    void noKuredOrNoLockIsEmpty() {
        assertThat(gateway.kuredLock()).isEmpty();
        kured(Map.of("deprecated.daemonset.template.generation", "1"));
        assertThat(gateway.kuredLock()).isEmpty();
    }

    @Test
    void theNodeKuredRebootsIsNamedWithWhenAndItsTtl() {
        kured(Map.of(KuredLock.ANNOTATION, "{\"nodeID\":\"worker-2\",\"metadata\":{\"unschedulable\":false},"
                + "\"created\":\"2026-11-26T03:00:00.123456789Z\",\"TTL\":1800000000000}"));

        KuredLock lock = gateway.kuredLock().orElseThrow();

        assertThat(lock.daemonSet()).isEqualTo("kube-system/kured");
        assertThat(lock.holders()).containsExactly(new KuredLock.Holder("worker-2",
                Optional.of(Instant.parse("2026-11-26T03:00:00.123456789Z")), Duration.ofMinutes(30)));
        assertThat(lock.liveAt(Instant.parse("2026-11-26T03:20:00Z"))).hasSize(1);
        assertThat(lock.liveAt(Instant.parse("2026-11-26T03:31:00Z"))).isEmpty();
    }

    @Test
    void aConcurrencyLockNamesEveryHolderAndAnEmptyOneIsFree() {
        kured(Map.of(KuredLock.ANNOTATION, "{\"maxOwners\":2,\"locks\":[{\"nodeID\":\"worker-1\",\"created\":\"2026-11-26T03:00:00Z\","
                + "\"TTL\":0},{\"nodeID\":\"worker-3\",\"created\":\"2026-11-26T03:05:00+01:00\",\"TTL\":0}]}"));
        assertThat(gateway.kuredLock().orElseThrow().holders()).extracting(KuredLock.Holder::node).containsExactly("worker-1", "worker-3");
        assertThat(gateway.kuredLock().orElseThrow().liveAt(Instant.parse("2030-01-01T00:00:00Z"))).hasSize(2);

        kured(Map.of(KuredLock.ANNOTATION, "{\"maxOwners\":2,\"locks\":[]}"));
        assertThat(gateway.kuredLock()).isEmpty();
    }

    @Test
    void anAnnotationThatIsNotJsonIsOneClearError() {
        kured(Map.of(KuredLock.ANNOTATION, "worker-2"));
        assertThatThrownBy(() -> gateway.kuredLock()).isInstanceOf(ClusterException.class)
                .hasMessage("kured's lock annotation weave.works/kured-node-lock on kube-system/kured is not JSON: worker-2");
    }
}
