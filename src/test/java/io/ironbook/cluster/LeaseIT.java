package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaseIT {
    private static final String NS = "ironbook";

    @TempDir
    Path dir;

    ApiServerDouble api;
    KubernetesClient admin;
    Fabric8ClusterGateway alice;
    Fabric8ClusterGateway bob;

    @BeforeEach
    void start() throws Exception {
        api = new ApiServerDouble();
        admin = api.client();
        Path kubeconfig = api.kubeconfig(dir);
        alice = Fabric8ClusterGateway.connect(ClusterGatewayIT.settings(kubeconfig));
        bob = Fabric8ClusterGateway.connect(ClusterGatewayIT.settings(kubeconfig));
    }

    @AfterEach
    void stop() {
        alice.close();
        bob.close();
        admin.close();
        api.close();
    }

    @Test
    void oneHolderAtATimeAndReleaseHandsItOver() {
        LeaseResult first = alice.acquireLease(NS, "n1", "alice@jump/run-1", Duration.ofMinutes(5));
        LeaseResult second = bob.acquireLease(NS, "n1", "bob@jump/run-2", Duration.ofMinutes(5));

        assertThat(first.acquired()).isTrue();
        assertThat(second.acquired()).isFalse();
        assertThat(second.heldBy()).isEqualTo("alice@jump/run-1");
        assertThat(second.message()).startsWith("the node is locked by alice@jump/run-1 until ");
        Lease stored = admin.leases().inNamespace(NS).withName("ironbook-node-n1").get();
        assertThat(stored.getSpec().getHolderIdentity()).isEqualTo("alice@jump/run-1");
        assertThat(stored.getSpec().getLeaseDurationSeconds()).isEqualTo(300);
        assertThat(bob.acquireLease(NS, "n2", "bob@jump/run-2", Duration.ofMinutes(5)).acquired()).isTrue();

        NodeLease renewed = alice.renewLease(first.lease().orElseThrow());
        assertThat(renewed.renewed()).isAfterOrEqualTo(first.lease().get().renewed());
        assertThat(alice.acquireLease(NS, "n1", "alice@jump/run-1", Duration.ofMinutes(5)).acquired()).isTrue();

        assertThat(alice.releaseLease(renewed)).isTrue();
        assertThat(bob.acquireLease(NS, "n1", "bob@jump/run-2", Duration.ofMinutes(5)).acquired()).isTrue();
        assertThat(alice.releaseLease(renewed)).isFalse();
    }

    @Test
    void racingRunsCannotBothWin() throws Exception {
        java.util.List<java.util.concurrent.CompletableFuture<LeaseResult>> racers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Fabric8ClusterGateway gateway = i % 2 == 0 ? alice : bob;
            String holder = "run-" + i;
            racers.add(java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> gateway.acquireLease(NS, "n1", holder, Duration.ofMinutes(5))));
        }
        long winners = 0;
        for (var racer : racers) {
            winners += racer.get().acquired() ? 1 : 0;
        }
        assertThat(winners).isEqualTo(1);
    }

    @Test
    void anExpiredLeaseIsTakenOverAndItsFormerHolderLearnsItLostIt() throws Exception {
        NodeLease lapsed = alice.acquireLease(NS, "n1", "alice@jump/run-1", Duration.ofSeconds(1)).lease().orElseThrow();
        Thread.sleep(1500);

        LeaseResult takeover = bob.acquireLease(NS, "n1", "bob@jump/run-2", Duration.ofMinutes(5));

        assertThat(takeover.acquired()).isTrue();
        assertThat(admin.leases().inNamespace(NS).withName("ironbook-node-n1").get().getSpec().getLeaseTransitions())
                .isEqualTo(1);
        assertThatThrownBy(() -> alice.renewLease(lapsed)).isInstanceOfSatisfying(ClusterException.class,
                e -> assertThat(e.kind()).isEqualTo(ClusterException.Kind.CONFLICT))
                .hasMessage("lease on node n1 was lost: now held by bob@jump/run-2");
    }
}
