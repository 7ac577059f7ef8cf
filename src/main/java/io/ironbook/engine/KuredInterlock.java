package io.ironbook.engine;

import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.KuredLock;
import io.ironbook.runbook.CommandSafety;
import io.ironbook.runbook.KubeAction;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.RunbookCatalogue;
import io.ironbook.runbook.RunbookRef;
import io.ironbook.runbook.Step;
import io.ironbook.runbook.StepAction;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps ironbook and kured (the Kubernetes reboot daemon) from taking nodes out of service at the same
 * time. kured holds a cluster-wide lock (an annotation of its DaemonSet) while it drains and reboots a
 * node, one node at a time; while it holds it for any node, a run that changes nodes is refused, naming
 * the holder: on the holder itself it would fight kured's drain and reboot, on another node two nodes
 * would be out of service at once, which kured's lock exists to prevent. Read-only runs (waits,
 * diagnoses, describes, ssh steps that change nothing) go on. The lock is checked when a run starts or
 * resumes, and again before every step that drains or halts, since kured may take it meanwhile.
 */
final class KuredInterlock {

    private KuredInterlock() {
    }

    /** At the start (or resumption) of a run that changes nodes. */
    static void beforeRun(Runbook runbook, Collection<String> nodes, RunContext run) {
        if (changesNodes(runbook, run.deps().catalogue(), Set.of())) {
            check("run " + runbook.id(), nodes, run, "");
        }
    }

    /** Before a step that drains or halts nodes. */
    static void beforeStep(Step step, Collection<String> nodes, RunContext run, String stepId) {
        check("step '" + stepId + "'", nodes, run, stepId);
    }

    private static void check(String what, Collection<String> nodes, RunContext run, String stepId) {
        Optional<KuredLock> lock;
        try {
            lock = run.deps().cluster().kuredLock();
        } catch (ClusterException e) {
            run.output(stepId, "", "stderr", "warning: cannot read kured's reboot lock (" + e.getMessage() + "); going on without it");
            return;
        }
        if (lock.isEmpty()) {
            return;
        }
        Instant now = run.now();
        for (KuredLock.Holder expired : lock.get().holders()) {
            if (expired.expired(now)) {
                run.output(stepId, "", "stderr", "note: kured's lock for " + expired.node() + " expired (its TTL of "
                        + expired.ttl() + " ran out); kured no longer counts it");
            }
        }
        List<KuredLock.Holder> live = lock.get().liveAt(now);
        if (live.isEmpty()) {
            return;
        }
        KuredLock.Holder holder = live.get(0);
        String since = holder.created().map(c -> " since " + c).orElse("");
        String whose = nodes.contains(holder.node()) ? ", a node this run changes: kured is draining or rebooting it"
                : ": kured is draining or rebooting it, and lets one node out of service at a time";
        throw new RunRefusedException(RunRefusedException.Reason.NOT_NOW, "refusing " + what + ": kured holds its reboot lock for "
                + holder.node() + since + " (annotation " + lock.get().annotation() + " on the DaemonSet " + lock.get().daemonSet()
                + ")" + whose + "; wait until kured releases it");
    }

    /** Whether a runbook (or a runbook it runs) cordons, uncordons, drains, or runs an ssh step that changes a node. */
    static boolean changesNodes(Runbook runbook, RunbookCatalogue catalogue, Set<String> seen) {
        if (seen.contains(runbook.id())) {
            return false;
        }
        for (Step step : runbook.steps()) {
            if (changes(step, catalogue, union(seen, runbook.id()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean changes(Step step, RunbookCatalogue catalogue, Set<String> seen) {
        StepAction action = step.action();
        if (action instanceof StepAction.Kube kube) {
            return kube.action() == KubeAction.CORDON || kube.action() == KubeAction.UNCORDON || kube.action() == KubeAction.DRAIN;
        }
        if (action instanceof StepAction.Ssh ssh) {
            return step.destructive() || step.gate().isPresent() || CommandSafety.assess(ssh.run()).isPresent();
        }
        if (action instanceof StepAction.Nested nested) {
            return find(nested.runbook(), catalogue).map(child -> changesNodes(child, catalogue, seen)).orElse(true);
        }
        return false;
    }

    private static Optional<Runbook> find(RunbookRef ref, RunbookCatalogue catalogue) {
        return ref.version().isPresent() ? catalogue.find(ref.id(), ref.version().get()) : catalogue.find(ref.id());
    }

    private static Set<String> union(Set<String> seen, String id) {
        Set<String> all = new HashSet<>(seen);
        all.add(id);
        return all;
    }
}
