package io.ironbook.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.diagnose.FindingIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Loads every shipped runbook and holds each to the safety rules: every destructive step is gated,
 * every halt, reboot, reset and fsck has a typed gate, every drain is destructive, and every finding
 * id a runbook names is one of the contract's.
 */
class ShippedRunbooksTest {

    private static final List<String> REQUIRED = List.of("os-prep", "containerd-setup", "kubeadm-init", "kube-vip",
            "kubeadm-join-worker", "kubeadm-join-control-plane", "cni-install", "fix-cni-bin-path", "node-maintenance",
            "node-reboot", "cluster-shutdown", "cluster-startup", "recover-readonly-fs", "return-to-service",
            "troubleshoot-notready");

    private static RunbookCatalogue catalogue;

    @BeforeAll
    static void load() {
        catalogue = RunbookCatalogue.load(new RunbookLoader(FindingIds.all()), List.of());
    }

    @Test
    void everyShippedFileLoads() throws IOException {
        assertThat(catalogue.problems()).extracting(RunbookException::getMessage).isEmpty();
        try (Stream<Path> files = Files.list(Path.of("runbooks"))) {
            List<String> names = files.map(p -> "runbooks/" + p.getFileName()).sorted().toList();
            assertThat(catalogue.runbooks()).extracting(r -> r.source().path()).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void theDomainsRunbooksAreAllThere() {
        assertThat(catalogue.runbooks()).extracting(Runbook::id).containsAll(REQUIRED);
    }

    @TestFactory
    Stream<DynamicTest> eachRunbookKeepsTheSafetyRules() {
        return catalogue.runbooks().stream().map(runbook -> DynamicTest.dynamicTest(runbook.id(), () -> {
            assertThat(runbook.title()).isNotBlank();
            assertThat(runbook.description()).as("description of %s", runbook.id()).isNotBlank();
            assertThat(runbook.appliesTo()).allMatch(FindingIds::isKnown, "a finding id of the contract");
            for (Step step : runbook.steps()) {
                String where = runbook.id() + "/" + step.id();
                assertThat(step.title()).as("title of %s", where).isNotBlank();
                if (step.destructive()) {
                    assertThat(step.gate()).as("gate of destructive step %s", where).isPresent();
                }
                if (step.action() instanceof StepAction.Kube kube && kube.action() == KubeAction.DRAIN) {
                    assertThat(step.destructive()).as("drain %s is destructive", where).isTrue();
                }
                if (step.action() instanceof StepAction.Ssh ssh) {
                    Optional<CommandSafety.Verdict> verdict = CommandSafety.assess(ssh.run());
                    if (verdict.isPresent()) {
                        assertThat(step.destructive()).as("%s %s", where, verdict.get().what()).isTrue();
                    }
                    if (verdict.isPresent() && verdict.get().danger() == CommandSafety.Danger.NEEDS_TYPED_GATE) {
                        assertThat(step.gate()).as("typed gate of %s", where).get().isInstanceOf(Gate.Typed.class);
                    }
                    if (ssh.run().matches("(?s).*\\b(shutdown|reboot|poweroff)\\b.*")) {
                        assertThat(ssh.expectDisconnect()).as("%s expects the connection to drop", where).isTrue();
                    }
                }
                if (step.action() instanceof StepAction.Diagnose diagnose) {
                    assertThat(diagnose.expectAbsent()).allMatch(FindingIds::isKnown, "a finding id of the contract");
                }
            }
        }));
    }

    @Test
    void theRootsOfTheCascadeHaveARemedy() {
        for (String finding : List.of("fs-readonly", "power-loss-dirty-journal", "containerd-down", "kubelet-crashloop",
                "kubelet-stopped", "swap-enabled", "cgroup-driver-mismatch", "module-missing-overlay",
                "module-missing-br-netfilter", "ip-forward-disabled", "cni-not-initialized", "cni-bin-path-mismatch",
                "cni-config-missing", "node-cordoned", "cri-socket-missing")) {
            assertThat(catalogue.remediating(finding)).as("a runbook that remedies %s", finding).isNotEmpty();
        }
    }

    @Test
    void nodeMaintenanceFollowsTheTwoLayerLifecycle() {
        Runbook runbook = catalogue.find("node-maintenance").orElseThrow();
        assertThat(runbook.lifecycle()).containsExactly("drain", "stop services", "shutdown", "maintenance", "boot", "uncordon");
        Step halt = runbook.step("halt").orElseThrow();
        assertThat(((StepAction.Ssh) halt.action()).run()).isEqualTo("systemctl stop kubelet containerd && shutdown -h now");
        assertThat(halt.gate()).contains(new Gate.Typed("{{node}}"));
        StepAction.Kube uncordon = (StepAction.Kube) runbook.step("uncordon").orElseThrow().action();
        assertThat(uncordon.onlyIfCordonedByThisRun()).isTrue();
        StepAction.Wait back = (StepAction.Wait) runbook.step("back").orElseThrow().action();
        assertThat(back.conditions()).extracting(WaitCondition::kind)
                .contains(WaitCondition.Kind.NODE_READY, WaitCondition.Kind.BOOT_ID_CHANGED);
    }
}
