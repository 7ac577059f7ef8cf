package io.ironbook.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import io.ironbook.cluster.BudgetStatus;
import io.ironbook.cluster.DrainPlan;
import io.ironbook.cluster.PodDecision;
import io.ironbook.cluster.PodRef;
import io.ironbook.cluster.NodeSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeActionsTest {

    private static List<NodeSummary> cluster() {
        return List.of(TestNodes.ready("k8s-worker-01"), TestNodes.ready("k8s-worker-02"));
    }

    @Test
    void cordonGoesThroughItsGateWithCancelFocused() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            console.awaitText("k8s-worker-02");
            console.type("c");
            console.awaitText("Cordon k8s-worker-01?");
            Files.writeString(Path.of("target/screen-cordon-gate.txt"), console.text());
            assertThat(console.text()).contains("spec.unschedulable=true", "ironbook.io/cordoned-by=ops@jump-1");
            console.press(KeyType.Enter);
            console.awaitNoText("Cordon k8s-worker-01?");
            assertThat(console.gateway.calls).isEmpty();
            assertThat(console.text()).contains("cordon of k8s-worker-01 cancelled");

            console.type("c");
            console.awaitText("Cordon k8s-worker-01?");
            console.press(KeyType.Tab);
            console.press(KeyType.Enter);
            console.awaitText("node/k8s-worker-01 cordoned");
            assertThat(console.gateway.calls).containsExactly("cordon k8s-worker-01 by ops@jump-1");
            console.await(screen -> console.lineWith("k8s-worker-01 ").contains(" yes "), "the cordon on screen");
        }
    }

    @Test
    void drainGateShowsTheDryRunAndEscCancels() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            PodRef web = new PodRef("shop", "web-7d9f-abcde", "u1");
            PodRef db = new PodRef("shop", "db-0", "u2");
            PodRef proxy = new PodRef("kube-system", "kube-proxy-x2", "u3");
            console.gateway.plans.put("k8s-worker-01", new DrainPlan("k8s-worker-01",
                    List.of(new PodDecision(web, PodDecision.Verdict.EVICT, ""),
                            new PodDecision(db, PodDecision.Verdict.EVICT, "")),
                    List.of(new PodDecision(proxy, PodDecision.Verdict.SKIP,
                            "ignoring DaemonSet-managed Pods")),
                    List.of(),
                    List.of(new BudgetStatus("shop", "db-pdb", 0, 2, 2, 2, List.of(db)))));
            console.awaitText("k8s-worker-02");
            console.type("r");
            console.awaitText("Drain k8s-worker-01?");
            Files.writeString(Path.of("target/screen-drain-gate.txt"), console.text());
            assertThat(console.text()).contains("evicts 2 pods", "shop/web-7d9f-abcde", "shop/db-0",
                    "kube-system/kube-proxy-x2", "ignoring DaemonSet-managed Pods",
                    "PodDisruptionBudget shop/db-pdb allows 0 disruptions", "--ignore-daemonsets");
            console.press(KeyType.Escape);
            console.awaitNoText("Drain k8s-worker-01?");
            assertThat(console.gateway.calls).containsExactly("plan drain k8s-worker-01");
            assertThat(console.text()).contains("drain of k8s-worker-01 cancelled");
        }
    }

    @Test
    void aDrainThePodsRefuseIsOnlyExplained() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            PodRef lonely = new PodRef("default", "debug", "u9");
            console.gateway.plans.put("k8s-worker-01", new DrainPlan("k8s-worker-01", List.of(), List.of(),
                    List.of(new PodDecision(lonely, PodDecision.Verdict.REFUSE, "cannot delete Pods that declare no"
                            + " controller (use --force to override)")), List.of()));
            console.awaitText("k8s-worker-02");
            console.type("r");
            console.awaitText("Cannot drain k8s-worker-01");
            assertThat(console.text()).contains("use --force to override):", "default/debug", "Close")
                    .doesNotContain("<Drain");
            console.press(KeyType.Enter);
            console.awaitNoText("Cannot drain k8s-worker-01");
            assertThat(console.gateway.calls).containsExactly("plan drain k8s-worker-01");
        }
    }

    @Test
    void aConfirmedDrainRunsAndReports() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            console.awaitText("k8s-worker-02");
            console.press(KeyType.ArrowDown);
            console.type("r");
            console.awaitText("Drain k8s-worker-02?");
            console.press(KeyType.ArrowRight);
            console.press(KeyType.Enter);
            console.awaitText("node/k8s-worker-02 drained");
            assertThat(console.gateway.calls).containsExactly("plan drain k8s-worker-02", "drain k8s-worker-02");
        }
    }

    @Test
    void readOnlyOffersNoActionThatChangesAnything() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).readOnly().open()) {
            console.awaitText("k8s-worker-02");
            String footer = console.lines().get(console.lines().size() - 1);
            assertThat(footer).contains("? help", "/ filter", "q quit").doesNotContain("cordon")
                    .doesNotContain("drain");
            assertThat(console.text()).contains("[read-only]");
            console.type("c");
            console.type("r");
            console.type("u");
            console.pump();
            assertThat(console.text()).doesNotContain("Cordon k8s-worker-01?").doesNotContain("Drain");
            console.type(":cordon");
            console.press(KeyType.Enter);
            console.awaitText("cordon is not offered: the console is read-only");
            console.type("?");
            console.awaitText("Keys on the nodes screen");
            assertThat(console.text()).doesNotContain("cordon the node").contains("Read-only");
            console.press(KeyType.Escape);
            console.press(KeyType.Enter);
            console.awaitText("Actions");
            assertThat(console.text()).contains("none in this mode");
            assertThat(console.gateway.calls).isEmpty();
        }
    }

    @Test
    void quittingWhileADrainRunsAsksFirst() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            console.gateway.drainHeld = new java.util.concurrent.CountDownLatch(1);
            console.awaitText("k8s-worker-02");
            console.type("r");
            console.awaitText("Drain k8s-worker-01?");
            console.press(KeyType.Tab);
            console.press(KeyType.Enter);
            console.awaitText("→ drain k8s-worker-01");
            console.type("q");
            console.awaitText("Quit while work is running?");
            assertThat(console.text()).contains("drain k8s-worker-01", "the node stays cordoned");
            assertThat(console.console.quitRequested()).isFalse();
            console.press(KeyType.Enter);
            console.awaitNoText("Quit while work is running?");
            assertThat(console.console.quitRequested()).isFalse();
            console.gateway.drainHeld.countDown();
            console.awaitText("node/k8s-worker-01 drained");
            console.type("q");
            assertThat(console.console.quitRequested()).isTrue();
        }
    }
}
