package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import io.ironbook.engine.RunEvent;
import io.ironbook.engine.RunListener;
import io.ironbook.engine.RunOptions;
import io.ironbook.engine.RunRecord;
import io.ironbook.engine.RunRefusedException;
import io.ironbook.runbook.Runbook;
import io.ironbook.runbook.SemVer;
import io.ironbook.tui.dialog.GateDialog;
import io.ironbook.tui.dialog.GateRequest;
import io.ironbook.tui.dialog.ParamsDialog;
import io.ironbook.tui.widget.Look;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The console's runs: the runbook screen, the params dialog, and the run screens, each run on a thread of its
 * own with gates as dialogs. Runs still going are listed for quitting (which asks first) and cancelled when the
 * console closes, so that their journals say so and they can be resumed.
 */
final class RunScreens {
    private final WindowBasedTextGUI gui;
    private final ConsoleContext context;
    private final ConsoleOperations operations;
    private final Look look;
    private final Tasks tasks;
    private final ViewHost host;
    private final Supplier<List<String>> nodeNames;
    private final ExecutorService threads = Executors.newCachedThreadPool(Tasks.daemon("ironbook-run"));
    private final List<RunView> active = new ArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    /**
     * @param host opens the screens on the console's stack and says what happened
     * @param nodeNames the cluster's node names, offered for node params
     */
    RunScreens(WindowBasedTextGUI gui, ConsoleContext context, ConsoleOperations operations, Look look, Tasks tasks,
            ViewHost host, Supplier<List<String>> nodeNames) {
        this.gui = gui;
        this.context = context;
        this.operations = operations;
        this.look = look;
        this.tasks = tasks;
        this.host = host;
        this.nodeNames = nodeNames;
    }

    /** The runbook screen; {@code selectedNode} is offered first for node params. */
    RunbooksView catalogue(Optional<String> selectedNode) {
        int rows = gui.getScreen().getTerminalSize().getRows();
        return new RunbooksView(operations.catalogue().runbooks(), this::active, look, !context.readOnly(),
                (rows - 6) / 2, runbook -> askAndStart(runbook, selectedNode), host::open);
    }

    /** Asks for the runbook's params, then starts it. */
    void askAndStart(Runbook runbook, Optional<String> selectedNode) {
        if (context.readOnly()) {
            return;
        }
        ParamsDialog.ask(gui, runbook, nodeNames.get(), selectedNode, params -> start(runbook, params));
    }

    /** Starts a runbook with these params and shows its run screen. */
    void start(Runbook runbook, Map<String, String> params) {
        if (context.readOnly()) {
            return;
        }
        String title = runbook.ref() + on(params);
        RunView view = new RunView(new RunProgress(runbook, title, params), look, context.clock(), gui.getGUIThread());
        launch(view, title, listener -> operations.runs().run(runbook, params, options(listener)));
    }

    /** Goes on with an interrupted run from its journal and shows its run screen. */
    void resume(String runId) {
        if (context.readOnly()) {
            return;
        }
        tasks.run("journal of " + runId, false, () -> {
            RunRecord record = operations.journal().find(runId);
            return new Journaled(record, operations.journal().outputTail(record.header().runId(),
                    RunProgress.OUTPUT_LIMIT));
        }, this::resume, e -> failedToOpen(runId, e));
    }

    /** A run as its journal tells it, with the last lines of its output. */
    private record Journaled(RunRecord record, List<RunEvent.OutputLine> output) {
    }

    private void resume(Journaled journaled) {
        RunRecord record = journaled.record();
        String id = record.header().runId();
        Optional<Runbook> runbook = SemVer.parse(record.header().version())
                .flatMap(version -> operations.catalogue().find(record.header().runbookId(), version));
        if (runbook.isEmpty()) {
            failedToOpen(id, new IllegalStateException("runbook " + record.header().runbookId() + "@"
                    + record.header().version() + " is no longer in the catalogue"));
            return;
        }
        String title = runbook.get().ref() + on(record.header().params()) + " (resumed)";
        RunProgress progress = new RunProgress(runbook.get(), title, record.header().params());
        record.events().forEach(progress::apply);
        journaled.output().forEach(progress::apply);
        progress.apply(new RunEvent.OutputLine(context.clock().instant(), "", "", "gate",
                "resuming run " + id + " from its journal"));
        RunView view = new RunView(progress, look, context.clock(), gui.getGUIThread());
        launch(view, title, listener -> operations.runs().resume(id, false, options(listener)));
    }

    private void failedToOpen(String runId, Exception e) {
        RunProgress progress = new RunProgress(List.of(), "run " + runId, Map.of());
        progress.failed(e.getMessage());
        host.open(new RunView(progress, look, context.clock(), gui.getGUIThread()));
    }

    private RunOptions options(RunListener listener) {
        return new RunOptions(new ConsoleGate(gui, look), listener, false);
    }

    private void launch(RunView view, String title, RunView.RunWork work) {
        active.add(view);
        host.open(view);
        String label = "run " + title + (count.incrementAndGet() > 1 ? " #" + count.get() : "");
        tasks.run(label, true, threads, () -> view.execute(work), result -> {
            active.remove(view);
            view.finished(result);
        }, e -> {
            active.remove(view);
            view.failed(e instanceof RunRefusedException ? e.getMessage() : e.toString());
        });
    }

    private static String on(Map<String, String> params) {
        String node = params.getOrDefault("node", params.getOrDefault("nodes", ""));
        return node.isEmpty() ? "" : " on " + node;
    }

    /** Opens the screen of a run still going here, else resumes the run from its journal. */
    void resumeOrReturn(String runId) {
        active.stream().filter(run -> run.progress().runId().equals(runId)).findFirst().ifPresentOrElse(run -> {
            host.open(run);
            host.message(runId + " is still going in this console", false);
        }, () -> resume(runId));
    }

    /** The ids of the runs still going in this console. */
    Set<String> goingIds() {
        return active.stream().map(run -> run.progress().runId()).collect(Collectors.toSet());
    }

    /** {@code x}: cancels the run on screen after a confirmation. */
    void confirmCancel(View current) {
        if (!(current instanceof RunView run) || !run.active()) {
            host.message("no run going here to cancel", true);
            return;
        }
        GateDialog.ask(gui, look, GateRequest.confirm("Cancel " + run.progress().title() + "?", List.of(
                "The running step is interrupted (a remote command is left to the node; a wait stops waiting).",
                "Nothing after it runs. The journal keeps the run: j shows it and can resume it."), "Cancel run"),
                yes -> {
                    if (yes) {
                        run.cancel();
                        host.message("cancelling " + run.progress().title(), false);
                    }
                });
    }

    /** The runs still going, oldest first. */
    List<RunView> active() {
        return List.copyOf(active);
    }

    /** Cancels the runs still going and gives their threads a few seconds to journal it. */
    void close() {
        active.forEach(RunView::cancel);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
