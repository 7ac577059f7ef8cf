package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import io.ironbook.cluster.CordonRequest;
import io.ironbook.cluster.CordonResult;
import io.ironbook.cluster.DrainListener;
import io.ironbook.cluster.DrainOptions;
import io.ironbook.cluster.DrainPlan;
import io.ironbook.cluster.DrainResult;
import io.ironbook.cluster.NodeReadiness;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.cluster.PodRef;
import io.ironbook.cluster.UncordonScope;
import io.ironbook.tui.dialog.GateDialog;
import io.ironbook.tui.dialog.GateRequest;
import io.ironbook.tui.render.DrainPlanText;
import io.ironbook.tui.widget.Look;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cordon, uncordon and drain of one node from the console: each shows its gate first (what will happen,
 * Cancel focused), then calls the cluster off the GUI thread and reports the outcome in the footer. A drain's
 * gate shows its dry run: the pods to evict, the pods left alone and why, and the budgets that block.
 */
final class NodeActions {
    /** The drain the console offers: the node-maintenance runbook's options. */
    static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

    /** Where outcomes are reported. */
    interface Status {
        void ok(String message);

        void error(String message);
    }

    private final ConsoleContext context;
    private final WindowBasedTextGUI gui;
    private final Look look;
    private final Tasks tasks;
    private final Status status;

    NodeActions(ConsoleContext context, WindowBasedTextGUI gui, Look look, Tasks tasks, Status status) {
        this.context = context;
        this.gui = gui;
        this.look = look;
        this.tasks = tasks;
        this.status = status;
    }

    private CordonRequest cordonRequest() {
        return new CordonRequest(context.operator(), "", "from the ironbook console");
    }

    DrainOptions drainOptions() {
        return DrainOptions.defaults(cordonRequest()).withIgnoreDaemonSets(true).withDeleteEmptyDirData(true)
                .withTimeout(DRAIN_TIMEOUT);
    }

    void cordon(String node, Optional<NodeSummary> summary) {
        if (refusedInReadOnly()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("Marks " + node + " unschedulable (spec.unschedulable=true), as kubectl cordon does.");
        lines.add("Pods running there stay; new pods are no longer scheduled there.");
        lines.add("Recorded on the node: ironbook.io/cordoned-by=" + context.operator());
        summary.ifPresent(n -> lines.add("Now: " + n.readiness().display() + (n.cordoned() ? ", already cordoned" : "")
                + (n.podCount().isPresent() ? ", " + n.podCount().getAsInt() + " pods" : "")));
        GateDialog.ask(gui, look, GateRequest.confirm("Cordon " + node + "?", lines, "Cordon"), yes -> {
            if (yes) {
                tasks.run("cordon " + node, true, () -> context.gateway().cordon(node, cordonRequest()),
                        (CordonResult result) -> status.ok(result.message()),
                        e -> status.error("cordon " + node + " failed: " + e.getMessage()));
            } else {
                status.ok("cordon of " + node + " cancelled");
            }
        });
    }

    void uncordon(String node, Optional<NodeSummary> summary) {
        if (refusedInReadOnly()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("Makes " + node + " schedulable again, as kubectl uncordon does.");
        summary.ifPresent(n -> {
            if (!n.cordoned()) {
                lines.add("It is not cordoned now.");
            } else {
                lines.add(n.cordonMark().map(m -> "Cordoned by " + m.by() + (m.runId().isEmpty() ? "" : " in run "
                        + m.runId()) + (m.reason().isEmpty() ? "" : ": " + m.reason()))
                        .orElse("Cordoned outside ironbook (no ironbook annotations): someone may want it kept."));
            }
            if (n.readiness() != NodeReadiness.READY) {
                lines.add(look.glyphs().notReady() + " The node is " + n.readiness().display()
                        + ": pods scheduled there may not start.");
            }
        });
        lines.add("Pods do not move back by themselves.");
        GateDialog.ask(gui, look, GateRequest.confirm("Uncordon " + node + "?", lines, "Uncordon"), yes -> {
            if (yes) {
                tasks.run("uncordon " + node, true, () -> context.gateway().uncordon(node, UncordonScope.any()),
                        (CordonResult result) -> status.ok(result.message()),
                        e -> status.error("uncordon " + node + " failed: " + e.getMessage()));
            } else {
                status.ok("uncordon of " + node + " cancelled");
            }
        });
    }

    void drain(String node) {
        if (refusedInReadOnly()) {
            return;
        }
        DrainOptions options = drainOptions();
        status.ok("planning the drain of " + node + look.glyphs().ellipsis());
        tasks.run("dry run of the drain of " + node, false, () -> context.gateway().planDrain(node, options),
                plan -> drainGate(node, options, plan),
                e -> status.error("cannot plan the drain of " + node + ": " + e.getMessage()));
    }

    private void drainGate(String node, DrainOptions options, DrainPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add("As: kubectl drain " + node + " --ignore-daemonsets --delete-emptydir-data --timeout="
                + DRAIN_TIMEOUT.toMinutes() + "m");
        lines.addAll(DrainPlanText.lines(plan, look.glyphs()));
        if (!plan.permitted()) {
            GateDialog.ask(gui, look, GateRequest.notice("Cannot drain " + node, lines), yes -> { });
            status.error("drain of " + node + " refused by its pods (see the dry run)");
            return;
        }
        GateDialog.ask(gui, look, GateRequest.confirm("Drain " + node + "?", lines, "Drain"), yes -> {
            if (!yes) {
                status.ok("drain of " + node + " cancelled");
                return;
            }
            String label = "drain " + node;
            tasks.run(label, true, () -> context.gateway().drain(node, options, progress(label, plan)),
                    (DrainResult result) -> drained(result),
                    e -> status.error("drain of " + node + " failed: " + e.getMessage()));
        });
    }

    private DrainListener progress(String label, DrainPlan plan) {
        AtomicInteger evicted = new AtomicInteger();
        AtomicInteger gone = new AtomicInteger();
        int total = plan.toEvict().size();
        return new DrainListener() {
            @Override
            public void evicted(PodRef pod) {
                tasks.progress(label, evicted.incrementAndGet() + "/" + total + " evicted, " + gone.get() + " gone");
            }

            @Override
            public void deleted(PodRef pod) {
                tasks.progress(label, evicted.get() + "/" + total + " evicted, " + gone.incrementAndGet() + " gone");
            }

            @Override
            public void evictionRefused(PodRef pod, List<io.ironbook.cluster.BudgetStatus> budgets, String message,
                    Duration retryIn) {
                tasks.progress(label, pod + " held by a disruption budget, retrying in " + retryIn.toSeconds() + "s");
            }
        };
    }

    private void drained(DrainResult result) {
        String node = result.node();
        switch (result.outcome()) {
            case DRAINED -> status.ok("node/" + node + " drained: " + result.deleted().size() + " pods evicted");
            case REFUSED -> status.error("drain of " + node + " refused: " + String.join("; ", result.plan().errors()));
            case FAILED -> status.error("drain of " + node + " failed: " + String.join("; ", result.errors()));
            case TIMED_OUT -> status.error("drain of " + node + " timed out with " + result.pending().size()
                    + " pods still there");
        }
    }

    /** Asks whether to quit while this work is still running; {@code quit} runs when the operator agrees. */
    void confirmQuit(List<String> running, Runnable quit) {
        List<String> lines = new ArrayList<>();
        lines.add("Still running:");
        running.forEach(line -> lines.add("  " + line));
        lines.add("Quitting stops following it; a drain stops evicting and the node stays cordoned;");
        lines.add("a run is cancelled where it stands, and its journal can resume it.");
        GateDialog.ask(gui, look, GateRequest.confirm("Quit while work is running?", lines, "Quit"), yes -> {
            if (yes) {
                quit.run();
            }
        });
    }

    private boolean refusedInReadOnly() {
        if (context.readOnly()) {
            status.error("read-only: this console changes nothing");
            return true;
        }
        return false;
    }
}
