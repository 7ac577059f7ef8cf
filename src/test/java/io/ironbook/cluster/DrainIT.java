package io.ironbook.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DrainIT extends ApiServerTestBase {
    private static final CordonRequest WHO = new CordonRequest("alice@jump", "run-1", "kernel update");
    private static final Duration FAST = Duration.ofMillis(200);

    @BeforeEach
    void scene() throws Exception {
        admin.nodes().resource(TestObjects.readyNode("n1")).create();
        admin.nodes().resource(TestObjects.readyNode("n2")).create();
        admin.apps().daemonSets().inNamespace("kube-system").resource(new DaemonSetBuilder().withNewMetadata()
                .withName("kube-proxy").withNamespace("kube-system").endMetadata().build()).create();
    }

    private DrainOptions options() {
        return DrainOptions.defaults(WHO).withRetryIntervals(FAST, Duration.ofMillis(100))
                .withTimeout(Duration.ofSeconds(30));
    }

    private void seedMixedNode() {
        admin.pods().resource(TestObjects.daemonSetPod("kube-proxy-n1", "n1")).create();
        admin.pods().resource(TestObjects.mirrorPod("kube-apiserver-n1", "n1")).create();
        admin.pods().resource(TestObjects.emptyDirPod("default", "cache-0", "n1")).create();
        admin.pods().resource(TestObjects.unmanagedPod("default", "debug", "n1")).create();
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "n1")).create();
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-1", "n2")).create();
    }

    @Test
    void dryRunListsWhatWouldBeEvictedSkippedRefusedAndTheBudgetsAtZero() {
        seedMixedNode();
        admin.policy().v1().podDisruptionBudget().inNamespace("default")
                .resource(TestObjects.budget("default", "web-pdb", "web", 0)).create();

        DrainPlan refused = gateway.planDrain("n1", options());
        assertThat(refused.permitted()).isFalse();
        assertThat(refused.errors()).hasSize(3);
        assertThat(refused.toEvict()).extracting(d -> d.pod().toString()).containsExactly("default/web-0");

        DrainPlan plan = gateway.planDrain("n1", options().withIgnoreDaemonSets(true).withDeleteEmptyDirData(true)
                .withForce(true));
        assertThat(plan.permitted()).isTrue();
        assertThat(plan.toEvict()).extracting(d -> d.pod().toString())
                .containsExactlyInAnyOrder("default/cache-0", "default/debug", "default/web-0");
        assertThat(plan.skipped()).extracting(d -> d.pod().name() + ": " + d.message()).containsExactlyInAnyOrder(
                "kube-proxy-n1: ignoring DaemonSet-managed Pods",
                "kube-apiserver-n1: mirror pod (a static pod the kubelet manages)");
        assertThat(plan.blockingBudgets()).singleElement().satisfies(budget -> {
            assertThat(budget.name()).isEqualTo("web-pdb");
            assertThat(budget.disruptionsAllowed()).isZero();
            assertThat(budget.coveredPods()).extracting(PodRef::name).containsExactly("web-0");
        });
        assertThat(admin.nodes().withName("n1").get().getSpec().getUnschedulable()).isNotEqualTo(Boolean.TRUE);
        assertThat(api.evictionRequests.get()).isZero();
    }

    /** The mixed node against the API server, under every combination of the three flags. */
    @ParameterizedTest(name = "ignoreDaemonSets={0} deleteEmptyDirData={1} force={2}")
    @CsvSource({"false,false,false", "true,false,false", "false,true,false", "false,false,true", "true,true,false",
        "true,false,true", "false,true,true", "true,true,true"})
    void eachFlagCombinationAgainstTheApiServer(boolean ignoreDaemonSets, boolean deleteEmptyDir, boolean force) {
        seedMixedNode();
        DrainPlan plan = gateway.planDrain("n1", options().withIgnoreDaemonSets(ignoreDaemonSets)
                .withDeleteEmptyDirData(deleteEmptyDir).withForce(force));

        java.util.Set<String> evict = new java.util.TreeSet<>(java.util.List.of("web-0"));
        java.util.Set<String> skip = new java.util.TreeSet<>(java.util.List.of("kube-apiserver-n1"));
        java.util.Set<String> refuse = new java.util.TreeSet<>();
        (ignoreDaemonSets ? skip : refuse).add("kube-proxy-n1");
        (deleteEmptyDir ? evict : refuse).add("cache-0");
        (force ? evict : refuse).add("debug");
        assertThat(plan.toEvict()).extracting(d -> d.pod().name()).containsExactlyInAnyOrderElementsOf(evict);
        assertThat(plan.skipped()).extracting(d -> d.pod().name()).containsExactlyInAnyOrderElementsOf(skip);
        assertThat(plan.refused()).extracting(d -> d.pod().name()).containsExactlyInAnyOrderElementsOf(refuse);
        assertThat(plan.errors()).hasSize(refuse.size()).allSatisfy(line -> assertThat(line).containsPattern(
                "\\(use --(ignore-daemonsets|delete-emptydir-data|force) to (ignore|override)\\): "));
        assertThat(plan.permitted()).isEqualTo(refuse.isEmpty());
    }

    @Test
    void budgetsThatCannotBeReadDoNotStopTheDrain() {
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "n1")).create();
        api.refusals.put("/apis/policy/v1/namespaces/default/poddisruptionbudgets", 403);
        DrainPlan plan = gateway.planDrain("n1", options());
        assertThat(plan.toEvict()).hasSize(1);
        assertThat(plan.budgets()).isEmpty();
    }

    @Test
    void refusedDrainCordonsButEvictsNothing() {
        seedMixedNode();
        DrainResult result = gateway.drain("n1", options(), new RecordingDrainListener());
        assertThat(result.outcome()).isEqualTo(DrainResult.Outcome.REFUSED);
        assertThat(result.errors()).anyMatch(line -> line.contains("--ignore-daemonsets"));
        assertThat(admin.nodes().withName("n1").get().getSpec().getUnschedulable()).isTrue();
        assertThat(api.evictionRequests.get()).isZero();
    }

    @Test
    void drainEvictsWithPolicyV1AndWaitsUntilThePodsAreGone() {
        seedMixedNode();
        RecordingDrainListener listener = new RecordingDrainListener();

        DrainResult result = gateway.drain("n1", options().withIgnoreDaemonSets(true).withDeleteEmptyDirData(true)
                .withForce(true).withGracePeriodSeconds(1), listener);

        assertThat(result.outcome()).isEqualTo(DrainResult.Outcome.DRAINED);
        assertThat(result.deleted()).extracting(PodRef::name).containsExactlyInAnyOrder("cache-0", "debug", "web-0");
        assertThat(admin.pods().inNamespace("default").withName("web-0").get()).isNull();
        assertThat(admin.pods().inNamespace("default").withName("web-1").get()).isNotNull();
        assertThat(admin.pods().inNamespace("kube-system").withName("kube-proxy-n1").get()).isNotNull();
        assertThat(api.evictionBodies).allSatisfy(body -> assertThat(body).contains("\"apiVersion\":\"policy/v1\"")
                .contains("\"gracePeriodSeconds\":1"));
        assertThat(listener.snapshot().get(0)).isEqualTo("node/n1 cordoned");
        assertThat(listener.snapshot()).contains("deleted default/web-0");
    }

    @Test
    void aBudgetThatBlocksIsNamedOnEveryRetryUntilItAllows() throws Exception {
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "n1")).create();
        admin.policy().v1().podDisruptionBudget().inNamespace("default")
                .resource(TestObjects.budget("default", "web-pdb", "web", 0)).create();
        RecordingDrainListener listener = new RecordingDrainListener();

        CompletableFuture<DrainResult> drain = CompletableFuture.supplyAsync(() -> gateway.drain("n1", options(), listener));
        assertThat(listener.firstRefusal.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(500);
        allow("web-pdb", 1);
        DrainResult result = drain.get(20, TimeUnit.SECONDS);

        assertThat(result.outcome()).isEqualTo(DrainResult.Outcome.DRAINED);
        assertThat(listener.snapshot().stream().filter(line -> line.startsWith("refused")).toList())
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(line -> assertThat(line).isEqualTo("refused default/web-0: PodDisruptionBudget default/web-pdb"
                        + " allows 0 disruptions (2 healthy, 2 desired, 2 expected)"
                        + " / Cannot evict pod as it would violate the pod's disruption budget."));
        assertThat(api.evictionRequests.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anApiServerThatDisappearsMidDrainAndComesBack() throws Exception {
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "n1")).create();
        admin.pods().resource(TestObjects.ordinaryPod("default", "db-0", "n1")).create();
        admin.policy().v1().podDisruptionBudget().inNamespace("default")
                .resource(TestObjects.budget("default", "web-pdb", "web", 0)).create();
        RecordingDrainListener listener = new RecordingDrainListener();

        CompletableFuture<DrainResult> drain = CompletableFuture.supplyAsync(() -> gateway.drain("n1", options(), listener));
        assertThat(listener.firstRefusal.await(10, TimeUnit.SECONDS)).isTrue();
        api.stop();
        assertThat(listener.firstOutage.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(1000);
        api.restart();
        allow("web-pdb", 1);
        DrainResult result = drain.get(25, TimeUnit.SECONDS);

        assertThat(result.outcome()).isEqualTo(DrainResult.Outcome.DRAINED);
        assertThat(result.deleted()).extracting(PodRef::name).containsExactlyInAnyOrder("web-0", "db-0");
        assertThat(listener.snapshot()).anyMatch(line -> line.startsWith("unavailable: cannot reach the API server at "
                + api.url()));
    }

    @Test
    void aPodThatNeverGoesAwayTimesOutNamingThePendingPods() {
        admin.pods().resource(TestObjects.ordinaryPod("default", "stuck-0", "n1")).create();
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "n1")).create();
        api.stuckPods.add("default/stuck-0");

        Instant start = Instant.now();
        DrainResult result = gateway.drain("n1", options().withTimeout(Duration.ofSeconds(2)), new RecordingDrainListener());

        assertThat(result.outcome()).isEqualTo(DrainResult.Outcome.TIMED_OUT);
        assertThat(result.pending()).extracting(PodRef::name).containsExactly("stuck-0");
        assertThat(result.errors()).containsExactly("drain did not complete within 2s: 1 pod still on node n1:"
                + " default/stuck-0 (evicted, still terminating)");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aPodBlockedByABudgetUntilTheTimeoutSaysWhichBudget() {
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "n1")).create();
        admin.policy().v1().podDisruptionBudget().inNamespace("default")
                .resource(TestObjects.budget("default", "web-pdb", "web", 0)).create();

        DrainResult result = gateway.drain("n1", options().withTimeout(Duration.ofSeconds(1)), new RecordingDrainListener());

        assertThat(result.outcome()).isEqualTo(DrainResult.Outcome.TIMED_OUT);
        assertThat(result.errors()).singleElement().asString().contains("default/web-0 (not evicted: PodDisruptionBudget"
                + " default/web-pdb allows 0 disruptions");
    }

    @Test
    void forbiddenEvictionFailsTheDrainNamingVerbAndResource() {
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "n1")).create();
        api.refusals.put("/api/v1/namespaces/default/pods/web-0/eviction", 403);

        DrainResult result = gateway.drain("n1", options(), new RecordingDrainListener());

        assertThat(result.outcome()).isEqualTo(DrainResult.Outcome.FAILED);
        assertThat(result.errors()).singleElement().asString().startsWith("error when evicting pods/\"web-0\" -n \"default\":"
                + " forbidden (403): context 'mock' may not create pods/eviction default/web-0");
        assertThat(result.pending()).extracting(PodRef::name).containsExactly("web-0");
    }

    @Test
    void disableEvictionDeletesAndBypassesBudgets() {
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "n1")).create();
        admin.policy().v1().podDisruptionBudget().inNamespace("default")
                .resource(TestObjects.budget("default", "web-pdb", "web", 0)).create();

        DrainResult result = gateway.drain("n1", options().withDisableEviction(true), new RecordingDrainListener());

        assertThat(result.outcome()).isEqualTo(DrainResult.Outcome.DRAINED);
        assertThat(api.evictionRequests.get()).isZero();
        assertThat(admin.pods().inNamespace("default").withName("web-0").get()).isNull();
    }

    @Test
    void podSelectorLimitsTheDrain() {
        admin.pods().resource(TestObjects.ordinaryPod("default", "web-0", "n1")).create();
        admin.pods().resource(TestObjects.ordinaryPod("default", "db-0", "n1")).create();

        DrainResult result = gateway.drain("n1", options().withPodSelector("app=web"), new RecordingDrainListener());

        assertThat(result.deleted()).extracting(PodRef::name).containsExactly("web-0");
        assertThat(admin.pods().inNamespace("default").withName("db-0").get()).isNotNull();
    }

    @Test
    void evictionsRunInParallel() {
        for (int i = 0; i < 20; i++) {
            admin.pods().resource(TestObjects.ordinaryPod("default", "web-" + i, "n1")).create();
        }
        Instant start = Instant.now();
        DrainResult result = gateway.drain("n1", options().withGracePeriodSeconds(1), new RecordingDrainListener());
        assertThat(result.deleted()).hasSize(20);
        // One after the other this would take at least 20 s.
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    private void allow(String budget, int allowed) {
        PodDisruptionBudget current = admin.policy().v1().podDisruptionBudget().inNamespace("default").withName(budget).get();
        current.getStatus().setDisruptionsAllowed(allowed);
        admin.policy().v1().podDisruptionBudget().inNamespace("default").resource(current).updateStatus();
    }
}
