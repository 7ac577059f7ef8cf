package io.ironbook.cli;

import io.ironbook.cluster.BudgetStatus;
import io.ironbook.cluster.ClusterException;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.CordonRequest;
import io.ironbook.cluster.DrainOptions;
import io.ironbook.cluster.DrainPlan;
import io.ironbook.cluster.DrainResult;
import io.ironbook.cluster.PodDecision;
import io.ironbook.cluster.PodRef;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ironbook drain NODE}: kubectl's drain, with parallel evictions that name the blocking budget. */
@Command(name = "drain", mixinStandardHelpOptions = true,
        description = "Cordon the node and evict its pods with kubectl's rules, all at once; a refused eviction is"
                + " retried every 5 s and names the PodDisruptionBudget that refuses it.")
public final class DrainCommand implements Callable<Integer> {
    private final Services services;
    private final GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NODE", description = "the node to drain")
    private String node;

    @Option(names = "--ignore-daemonsets", description = "skip DaemonSet-managed pods instead of refusing")
    private boolean ignoreDaemonSets;

    @Option(names = "--delete-emptydir-data", description = "evict pods with emptyDir volumes (their data is lost)")
    private boolean deleteEmptyDirData;

    @Option(names = "--force", description = "evict pods that declare no controller (they are not recreated)")
    private boolean force;

    @Option(names = "--grace-period", paramLabel = "S", defaultValue = "-1",
            description = "seconds each pod gets to terminate; negative: the pod's own (default)")
    private int gracePeriod;

    @Option(names = "--timeout", paramLabel = "D", defaultValue = "0",
            description = "give up after this long, e.g. 5m; 0 waits forever (default)")
    private String timeout;

    @Option(names = "--pod-selector", paramLabel = "SEL", description = "only pods matching this label selector")
    private String podSelector;

    @Option(names = "--disable-eviction", description = "delete pods instead of evicting them: bypasses disruption budgets")
    private boolean disableEviction;

    @Option(names = "--skip-wait-for-delete-timeout", paramLabel = "S", defaultValue = "0",
            description = "skip pods whose deletion began more than S seconds ago; 0 never skips")
    private int skipWaitForDeleteTimeout;

    @Option(names = "--dry-run", description = "print what would be evicted, skipped and refused, and which budgets"
            + " allow no disruption now; change nothing")
    private boolean dryRun;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why, recorded on the node with the cordon")
    private String reason;

    DrainCommand(Services services, GlobalOptions options) {
        this.services = services;
        this.options = options;
    }

    @Override
    public Integer call() {
        if (!dryRun) {
            ClusterErrors.refuseIfReadOnly(options, "drain");
        }
        if (skipWaitForDeleteTimeout < 0) {
            throw UserError.usage("--skip-wait-for-delete-timeout: must not be negative");
        }
        DrainOptions drain = DrainOptions.defaults(new CordonRequest(services.operator(), "", reason))
                .withIgnoreDaemonSets(ignoreDaemonSets).withDeleteEmptyDirData(deleteEmptyDirData).withForce(force)
                .withGracePeriodSeconds(gracePeriod).withTimeout(KubectlDuration.parse("--timeout", timeout))
                .withPodSelector(podSelector).withDisableEviction(disableEviction)
                .withSkipWaitForDeleteTimeout(java.time.Duration.ofSeconds(skipWaitForDeleteTimeout));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ClusterGateway cluster = services.cluster(options)) {
            if (dryRun) {
                DrainPlan plan = cluster.planDrain(node, drain);
                printPlan(plan, out);
                out.flush();
                return plan.permitted() ? ExitCodes.OK : ExitCodes.FAILED;
            }
            DrainResult result = cluster.drain(node, drain, new LineDrainListener(out, err));
            return report(result, out, err);
        } catch (ClusterException e) {
            throw ClusterErrors.toUserError(e);
        }
    }

    private int report(DrainResult result, PrintWriter out, PrintWriter err) {
        switch (result.outcome()) {
            case DRAINED -> {
                out.println("node/" + node + " drained");
                out.flush();
                return ExitCodes.OK;
            }
            case REFUSED -> {
                err.println("There are pods on node " + node + " that refuse the drain; nothing was evicted and the node"
                        + " stays cordoned:");
                result.errors().forEach(line -> err.println("  " + line));
                err.flush();
                throw new UserError(ExitCodes.FAILED, "unable to drain node \"" + node + "\": " + result.errors().size()
                        + " kind" + (result.errors().size() == 1 ? "" : "s") + " of pod refuse it (see above)");
            }
            default -> {
                if (result.outcome() == DrainResult.Outcome.TIMED_OUT) {
                    result.errors().forEach(err::println);
                }
                err.flush();
                throw new UserError(ExitCodes.FAILED, "node " + node + " not drained: " + result.pending().size()
                        + " pod" + (result.pending().size() == 1 ? "" : "s") + " still on it ("
                        + String.join(", ", result.pending().stream().map(PodRef::toString).toList()) + ")");
            }
        }
    }

    private void printPlan(DrainPlan plan, PrintWriter out) {
        out.println("Dry run: nothing is changed. Draining node " + plan.node() + " would:");
        out.println("  cordon node/" + plan.node());
        section(out, "evict", plan.toEvict());
        section(out, "skip", plan.skipped());
        if (!plan.permitted()) {
            out.println("  be refused, because of:");
            plan.errors().forEach(line -> out.println("    " + line));
        }
        List<BudgetStatus> blocking = plan.blockingBudgets();
        if (!blocking.isEmpty()) {
            out.println("  wait for disruption budgets that allow no disruption right now:");
            for (BudgetStatus budget : blocking) {
                out.println("    " + budget.describe() + ": blocks " + String.join(", ",
                        budget.coveredPods().stream().map(PodRef::toString).toList()));
            }
        }
    }

    private static void section(PrintWriter out, String verb, List<PodDecision> decisions) {
        if (decisions.isEmpty()) {
            out.println("  " + verb + " no pod");
            return;
        }
        out.println("  " + verb + " " + decisions.size() + " pod" + (decisions.size() == 1 ? "" : "s") + ":");
        for (PodDecision decision : decisions) {
            out.println("    " + decision.pod() + (decision.message().isEmpty() ? "" : "  (" + decision.message() + ")"));
        }
    }
}
