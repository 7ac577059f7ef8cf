package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.input.KeyStroke;
import io.ironbook.engine.RunEvent;
import io.ironbook.engine.RunListener;
import io.ironbook.engine.RunResult;
import io.ironbook.tui.keys.ActionId;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.Look;
import io.ironbook.tui.widget.RunPane;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A runbook run: its steps with their state and durations, the current wait with its elapsed time, and the
 * live output (node-prefixed, scrollable, searchable with {@code /}, bounded). The run goes on on a thread of
 * its own; its events are queued and applied on the GUI thread in batches. {@code x} cancels it (after a
 * confirmation): the engine journals it as cancelled, and the journal can resume it.
 */
final class RunView implements View {
    private final RunProgress progress;
    private final RunPane pane;
    private final Look look;
    private final Clock clock;
    private final TextGUIThread gui;
    private final Queue<RunEvent> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final AtomicReference<Thread> runner = new AtomicReference<>();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private String search = "";

    /**
     * @param progress the run's steps (a resumed run: with its journal's events applied)
     */
    RunView(RunProgress progress, Look look, Clock clock, TextGUIThread gui) {
        this.progress = progress;
        this.look = look;
        this.clock = clock;
        this.gui = gui;
        this.pane = new RunPane(look);
        render();
    }

    /** The work the run's thread does: the engine's run with this view's listener. */
    interface RunWork {
        RunResult run(RunListener listener) throws InterruptedException;
    }

    /** Runs {@code work} on the caller's thread (a run thread), reporting events to this view. */
    RunResult execute(RunWork work) throws InterruptedException {
        runner.set(Thread.currentThread());
        try {
            if (cancelRequested.get()) {
                throw new InterruptedException("cancelled before it began");
            }
            return work.run(this::event);
        } finally {
            runner.set(null);
            Thread.interrupted();
        }
    }

    /** Called on the GUI thread when the run's thread returned. */
    void finished(RunResult ended) {
        drain();
        if (progress.finished().isEmpty()) {
            progress.apply(new RunEvent.RunFinished(clock.instant(), ended.status(), ended.message()));
        }
        render();
    }

    /** Called on the GUI thread when the run could not start or broke: the engine's one line. */
    void failed(String message) {
        drain();
        progress.failed(message);
        render();
    }

    /** Asks the run's thread to stop; the engine journals the run as cancelled. */
    void cancel() {
        cancelRequested.set(true);
        Thread thread = runner.get();
        if (thread != null) {
            thread.interrupt();
        }
    }

    boolean active() {
        return progress.active();
    }

    RunProgress progress() {
        return progress;
    }

    private void event(RunEvent event) {
        pending.add(event);
        if (drainScheduled.compareAndSet(false, true)) {
            try {
                gui.invokeLater(this::drain);
            } catch (IllegalStateException e) {
                // the console is closing; the journal has the event
                drainScheduled.set(false);
            }
        }
    }

    private void drain() {
        drainScheduled.set(false);
        boolean any = false;
        RunEvent event;
        while ((event = pending.poll()) != null) {
            progress.apply(event);
            any = true;
        }
        if (any) {
            render();
        }
    }

    private void render() {
        pane.content(RunText.content(progress, clock.instant(), look.glyphs(), search));
    }

    /** The clock ticked: elapsed times move on. */
    void tick() {
        if (progress.active()) {
            render();
        }
    }

    @Override
    public ViewKind kind() {
        return ViewKind.RUN;
    }

    @Override
    public Component body() {
        return pane;
    }

    @Override
    public StyledLine summary(int width) {
        String id = progress.runId().isEmpty() ? "" : "  run " + progress.runId();
        String found = search.isEmpty() ? "" : "  /" + search + " (" + matching() + " lines)";
        return StyledLine.of(" " + progress.title() + id + found, StyleKey.SUMMARY);
    }

    private long matching() {
        return pane.content().output().size();
    }

    @Override
    public boolean key(KeyStroke key) {
        return pane.scroll(key);
    }

    /** {@code x} is offered while the run goes, not after it ended. */
    @Override
    public boolean offers(ActionId action) {
        return action != ActionId.CANCEL_RUN || active();
    }

    @Override
    public Optional<String> selectedNode() {
        List<RunProgress.StepRow> steps = progress.steps();
        return progress.current().flatMap(id -> steps.stream().filter(row -> row.id().equals(id)).findFirst())
                .flatMap(row -> row.nodes().size() == 1 ? Optional.of(row.nodes().get(0)) : Optional.empty());
    }

    @Override
    public Optional<Search> search() {
        return Optional.of(new Search("/", search, this::search));
    }

    private void search(String text) {
        search = text;
        render();
    }

    @Override
    public boolean back() {
        if (!search.isEmpty()) {
            search("");
            return true;
        }
        return false;
    }
}
