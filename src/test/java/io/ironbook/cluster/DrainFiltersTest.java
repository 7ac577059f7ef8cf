package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DrainFiltersTest {
    private static final CordonRequest WHO = new CordonRequest("alice@jump", "", "");

    private static final List<Pod> NODE_PODS = List.of(
            TestObjects.daemonSetPod("kube-proxy-x", "n1"),
            TestObjects.mirrorPod("kube-apiserver-n1", "n1"),
            TestObjects.emptyDirPod("default", "cache-0", "n1"),
            TestObjects.unmanagedPod("default", "debug", "n1"),
            TestObjects.ordinaryPod("default", "web-0", "n1"));

    private static Map<String, PodDecision> decide(DrainOptions options, List<Pod> pods) {
        return new DrainFilters(options, (ns, name) -> true, Instant.now()).decide(pods).stream()
                .collect(Collectors.toMap(d -> d.pod().name(), d -> d));
    }

    /** Every combination of the three flags against a node holding one pod of each kind. */
    @ParameterizedTest(name = "ignoreDaemonSets={0} deleteEmptyDirData={1} force={2}")
    @CsvSource({
        "false,false,false, REFUSE,REFUSE,REFUSE",
        "true, false,false, SKIP,  REFUSE,REFUSE",
        "false,true, false, REFUSE,EVICT, REFUSE",
        "false,false,true,  REFUSE,REFUSE,EVICT",
        "true, true, false, SKIP,  EVICT, REFUSE",
        "true, false,true,  SKIP,  REFUSE,EVICT",
        "false,true, true,  REFUSE,EVICT, EVICT",
        "true, true, true,  SKIP,  EVICT, EVICT"})
    void eachKindOfPodUnderEachFlagCombination(boolean ignoreDaemonSets, boolean deleteEmptyDir, boolean force,
            PodDecision.Verdict daemonSet, PodDecision.Verdict emptyDir, PodDecision.Verdict unmanaged) {
        DrainOptions options = DrainOptions.defaults(WHO).withIgnoreDaemonSets(ignoreDaemonSets)
                .withDeleteEmptyDirData(deleteEmptyDir).withForce(force);
        Map<String, PodDecision> decisions = decide(options, NODE_PODS);

        assertThat(decisions.get("kube-proxy-x").verdict()).isEqualTo(daemonSet);
        assertThat(decisions.get("kube-apiserver-n1").verdict()).isEqualTo(PodDecision.Verdict.SKIP);
        assertThat(decisions.get("cache-0").verdict()).isEqualTo(emptyDir);
        assertThat(decisions.get("debug").verdict()).isEqualTo(unmanaged);
        assertThat(decisions.get("web-0").verdict()).isEqualTo(PodDecision.Verdict.EVICT);
        assertThat(decisions.get("web-0").message()).isEmpty();
    }

    @Test
    void refusalsNameTheFlagAndAreGroupedByMessageLikeKubectl() {
        List<Pod> pods = List.of(NODE_PODS.get(0), TestObjects.daemonSetPod("calico-node-y", "n1"), NODE_PODS.get(2),
                NODE_PODS.get(3), NODE_PODS.get(4));
        List<PodDecision> decisions = new DrainFilters(DrainOptions.defaults(WHO), (ns, name) -> true, Instant.now())
                .decide(pods);
        DrainPlan plan = new DrainPlan("n1",
                decisions.stream().filter(d -> d.verdict() == PodDecision.Verdict.EVICT).toList(),
                decisions.stream().filter(d -> d.verdict() == PodDecision.Verdict.SKIP).toList(),
                decisions.stream().filter(d -> d.verdict() == PodDecision.Verdict.REFUSE).toList(), List.of());

        assertThat(plan.permitted()).isFalse();
        assertThat(plan.errors()).containsExactly(
                "cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kube-proxy-x,"
                        + " kube-system/calico-node-y",
                "cannot delete Pods with local storage (use --delete-emptydir-data to override): default/cache-0",
                "cannot delete Pods that declare no controller (use --force to override): default/debug");
    }

    @Test
    void warningsAreGroupedToo() {
        DrainOptions all = DrainOptions.defaults(WHO).withIgnoreDaemonSets(true).withDeleteEmptyDirData(true)
                .withForce(true);
        List<PodDecision> decisions = new DrainFilters(all, (ns, name) -> true, Instant.now()).decide(NODE_PODS);
        DrainPlan plan = new DrainPlan("n1",
                decisions.stream().filter(d -> d.verdict() == PodDecision.Verdict.EVICT).toList(),
                decisions.stream().filter(d -> d.verdict() == PodDecision.Verdict.SKIP).toList(), List.of(), List.of());

        assertThat(plan.warnings()).containsExactly("ignoring DaemonSet-managed Pods: kube-system/kube-proxy-x",
                "deleting Pods with local storage: default/cache-0",
                "deleting Pods that declare no controller: default/debug");
    }

    @Test
    void finishedPodsNeedNoFlag() {
        Pod done = TestObjects.unmanagedPod("default", "once", "n1");
        done.getStatus().setPhase("Succeeded");
        Pod doneDs = TestObjects.daemonSetPod("ds-done", "n1");
        doneDs.getStatus().setPhase("Failed");
        Map<String, PodDecision> decisions = decide(DrainOptions.defaults(WHO), List.of(done, doneDs));
        assertThat(decisions.get("once").verdict()).isEqualTo(PodDecision.Verdict.EVICT);
        assertThat(decisions.get("ds-done").verdict()).isEqualTo(PodDecision.Verdict.EVICT);
    }

    @Test
    void anOrphanedDaemonSetPodNeedsForce() {
        Pod orphan = TestObjects.daemonSetPod("gone-ds-pod", "n1");
        PodDecision without = new DrainFilters(DrainOptions.defaults(WHO).withIgnoreDaemonSets(true),
                (ns, name) -> false, Instant.now()).decide(orphan);
        PodDecision with = new DrainFilters(DrainOptions.defaults(WHO).withForce(true), (ns, name) -> false,
                Instant.now()).decide(orphan);
        assertThat(without.verdict()).isEqualTo(PodDecision.Verdict.REFUSE);
        assertThat(without.message()).contains("--force");
        assertThat(with.verdict()).isEqualTo(PodDecision.Verdict.EVICT);
    }

    @Test
    void podsDeletedLongAgoAreSkippedWithSkipWaitForDeleteTimeout() {
        Pod terminating = TestObjects.ordinaryPod("default", "old-0", "n1");
        terminating.getMetadata().setDeletionTimestamp(TestObjects.ago(120));
        DrainOptions options = DrainOptions.defaults(WHO).withSkipWaitForDeleteTimeout(Duration.ofSeconds(60));
        assertThat(decide(options, List.of(terminating)).get("old-0").verdict()).isEqualTo(PodDecision.Verdict.SKIP);
        assertThat(decide(DrainOptions.defaults(WHO), List.of(terminating)).get("old-0").verdict())
                .isEqualTo(PodDecision.Verdict.EVICT);
    }
}
