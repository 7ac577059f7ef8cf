package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.ironbook.runbook.Runbook;
import io.ironbook.tui.keys.ActionId;
import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.render.HeaderText;
import io.ironbook.tui.render.KeyHints;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.Look;
import io.ironbook.tui.widget.NodeTableModel;
import io.ironbook.tui.widget.Prompt;
import io.ironbook.tui.widget.StyledBar;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The console on a text GUI: the full-screen window (header, the current view, status line, key hints), the
 * view stack, and the dispatch of keys through the key table. It follows the node store through a
 * {@link NodeFeed}; cluster calls run on its I/O threads; every model change happens on the GUI thread.
 * The caller owns the GUI thread and the terminal: real ({@code Console}) or virtual (tests).
 */
public final class ConsoleScreen {
    private final WindowBasedTextGUI gui;
    private final ConsoleContext context;
    private final Look look;
    private final KeyMap keys;
    private final ThemeSwitch themes;
    private final NodeTableModel model = new NodeTableModel();
    private final NodesView nodes;
    private final Tasks tasks;
    private final NodeActions actions;
    private final ViewFactory views;
    private final Prompt prompt = new Prompt();
    private final ConsoleCommands commands = new ConsoleCommands(this);
    private final ConsoleWindow window;
    private final ViewStack stack;
    private final StyledBar header;
    private final StyledBar summary;
    private final StatusLine status;
    private final StyledBar hints;
    private final ScheduledExecutorService timer;
    private final ExecutorService io;
    private final Optional<RunScreens> runs;
    private Optional<Instant> staleSince = Optional.empty();
    private AutoCloseable subscription;
    private Runnable onQuit = () -> { };
    private boolean quitRequested;

    public ConsoleScreen(WindowBasedTextGUI gui, ConsoleContext context) {
        this(gui, context, Optional.empty());
    }

    /** A console whose runs open in {@code runs} (tests record them), else in the console's run screen. */
    ConsoleScreen(WindowBasedTextGUI gui, ConsoleContext context, Optional<RunStarter> starter) {
        this.gui = gui;
        this.context = context;
        this.look = new Look(context.theme(), context.glyphs());
        this.keys = context.keys().restrictedTo(available(context), context.readOnly());
        this.themes = new ThemeSwitch(context.themes(), look, gui, this::redraw, this::message);
        this.timer = Executors.newSingleThreadScheduledExecutor(Tasks.daemon("ironbook-console-timer"));
        this.io = Executors.newFixedThreadPool(4, Tasks.daemon("ironbook-console-io"));
        this.status = new StatusLine(look, prompt, this::running);
        this.tasks = new Tasks(io, gui.getGUIThread(), status::changed);
        this.nodes = new NodesView(model, look, context.clock());
        this.actions = new NodeActions(context, gui, look, tasks, status);
        runs = context.operations().map(operations -> new RunScreens(gui, context, operations, look, tasks,
                ViewHost.of(this::push, this::message), model::names));
        this.views = new ViewFactory(context, model, look, keys, tasks, starter.orElse(RunStarter.of(this::startRun,
                runId -> runs.ifPresent(screens -> screens.resumeOrReturn(runId)))), ViewHost.of(this::push, this::message), () -> runs.map(RunScreens::goingIds).orElse(Set.of()));
        header = new StyledBar(look, StyleKey.HEADER, width -> HeaderText.line(context.gateway().contextName(),
                context.gateway().server(), context.operator(), context.readOnly(), context.clock().instant(),
                context.clock().getZone(), staleSince, look.glyphs(), width));
        summary = new StyledBar(look, StyleKey.SUMMARY, width -> current().summary(width));
        hints = new StyledBar(look, StyleKey.FOOTER, width -> KeyHints.footer(keys.forView(current().kind()).stream()
                .filter(binding -> current().offers(binding.action())).toList(), width));
        stack = new ViewStack(nodes, this::shown);
        window = new ConsoleWindow(look, List.of(header, summary), stack.body(), List.of(status.bar(), hints),
                this::handleKey);
    }

    /** Shows the window and starts following the node store. Call on the GUI thread (or before it runs). */
    public void start() {
        gui.setTheme(look.theme().lanterna());
        gui.addWindow(window);
        NodeFeed feed = new NodeFeed(timer, gui.getGUIThread(), this::deliver);
        subscription = context.store().subscribe(feed);
        staleSince = context.store().staleSince();
        tasks.run("node list", false, () -> context.store().awaitSynced(Duration.ofMinutes(10)), synced -> {
            model.markLoaded();
            nodes.nodesChanged();
        }, e -> message("the node list did not arrive: " + e.getMessage(), true));
        timer.scheduleAtFixedRate(() -> later(this::tick), 1, 1, TimeUnit.SECONDS);
        if (!context.notes().isEmpty()) {
            message(String.join("; ", context.notes()), true);
        }
    }

    /** Every action, but those that need operations only when the console has them. */
    private static Set<ActionId> available(ConsoleContext context) {
        Set<ActionId> available = EnumSet.allOf(ActionId.class);
        available.removeIf(action -> action.needsOperations() && context.operations().isEmpty());
        return available;
    }

    private void tick() {
        if (current() instanceof RunView run) {
            run.tick();
        }
        window.invalidate();
    }

    /** What to do when the operator quits (stop the GUI thread). */
    public void onQuit(Runnable action) {
        this.onQuit = action;
    }

    /** Whether the operator asked to quit. */
    public boolean quitRequested() {
        return quitRequested;
    }

    /** Stops following the store and ends the console's threads; running work is abandoned. */
    public void close() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                // the store is going away with the console
            }
        }
        runs.ifPresent(RunScreens::close);
        timer.shutdownNow();
        io.shutdownNow();
    }

    private void later(Runnable action) {
        try {
            gui.getGUIThread().invokeLater(action);
        } catch (IllegalStateException e) {
            // the GUI thread has stopped: the console is closing
        }
    }

    private void deliver(NodeFeed.Batch batch) {
        if (!batch.changes().isEmpty()) {
            model.apply(batch.changes());
        }
        batch.connection().ifPresent(connection -> {
            staleSince = connection;
            header.invalidate();
        });
        stack.nodesChanged();
        summary.invalidate();
    }

    private View current() {
        return stack.current();
    }

    private void push(View view) {
        stack.push(view);
    }

    private void redraw() {
        window.invalidate();
    }

    /** A screen came on top: the bars say what it is (the window does not exist yet for the first one). */
    private void shown() {
        if (window == null) {
            return;
        }
        summary.invalidate();
        hints.invalidate();
        window.invalidate();
    }

    void handleKey(KeyStroke key) {
        if (key.getKeyType() == KeyType.EOF) {
            doQuit();
            return;
        }
        if (prompt.isOpen()) {
            prompt.handle(key);
            status.changed();
            return;
        }
        Optional<ActionId> action = keys.action(key, current().kind());
        if (action.isPresent()) {
            perform(action.get());
        } else if (current().key(key)) {
            hints.invalidate();
        }
    }

    void perform(ActionId action) {
        if (current().perform(action)) {
            hints.invalidate();
            summary.invalidate();
            return;
        }
        switch (action) {
            case HELP -> {
                if (current().kind() != ViewKind.HELP) {
                    push(views.help(current().kind()));
                }
            }
            case FILTER -> current().search().ifPresent(this::openSearch);
            case COMMAND -> prompt.open(":", "", Prompt.onSubmit(commands::run, status::changed));
            case DETAIL -> current().selectedNode().ifPresent(name -> push(views.nodeDetail(name)));
            case DIAGNOSE -> current().selectedNode().flatMap(views::diagnosis).ifPresent(this::push);
            case JOURNAL -> {
                if (stack.backTo(ViewKind.JOURNAL)) {
                    current().perform(ActionId.JOURNAL);
                } else {
                    views.journal().ifPresent(this::push);
                }
            }
            case CORDON -> current().selectedNode().ifPresent(name -> actions.cordon(name, model.node(name)));
            case UNCORDON -> current().selectedNode().ifPresent(name -> actions.uncordon(name, model.node(name)));
            case DRAIN -> current().selectedNode().ifPresent(actions::drain);
            case RUNBOOKS -> runs.ifPresent(screens -> {
                if (current().kind() != ViewKind.RUNBOOKS && !stack.backTo(ViewKind.RUNBOOKS)) {
                    push(screens.catalogue(current().selectedNode()));
                }
            });
            case START -> current().start();
            case CANCEL_RUN -> runs.ifPresent(screens -> screens.confirmCancel(current()));
            case SORT_NEXT -> nodes.sortNext();
            case SORT_REVERSE -> nodes.reverse();
            case NEXT_THEME -> themes.change("");
            case BACK -> {
                if (!current().back()) {
                    stack.pop();
                }
            }
            case QUIT -> quit();
            case RERUN, RESUME -> message(action.id() + " does nothing on this screen", true);
            default -> message(action.id() + " is not available in this console yet", true);
        }
        summary.invalidate();
        status.changed();
    }

    private void openSearch(View.Search search) {
        prompt.open(search.prefix(), search.initial(), Prompt.live(text -> {
            search.apply().accept(text);
            summary.invalidate();
        }));
    }

    /** Pops every screen above the nodes. */
    void home() {
        stack.home();
    }

    NodesView nodes() {
        return nodes;
    }

    KeyMap keys() {
        return keys;
    }

    boolean readOnly() {
        return context.readOnly();
    }

    /** What the console works with (the {@code :} commands read it). */
    ConsoleContext context() {
        return context;
    }

    /** Work off the GUI thread. */
    Tasks tasks() {
        return tasks;
    }

    /** Switches to the theme of that name, or says which themes there are; "" is the next theme. */
    void theme(String name) {
        themes.change(name);
    }

    void quit() {
        List<String> running = tasks.running();
        if (running.isEmpty()) {
            doQuit();
            return;
        }
        actions.confirmQuit(running, this::doQuit);
    }

    /** Opens a run of {@code runbook}: its params dialog (the node filled in), then its run screen. */
    private void startRun(Runbook runbook, Map<String, String> params) {
        runs.ifPresent(screens -> screens.askAndStart(runbook, Optional.ofNullable(params.get("node"))));
    }

    private void doQuit() {
        quitRequested = true;
        onQuit.run();
    }

    void message(String text, boolean error) {
        status.message(text, error);
    }

    private List<String> running() {
        return tasks.running();
    }

    /** The model behind the nodes view (tests and the benchmark read it). */
    NodeTableModel model() {
        return model;
    }

    /** The view on top of the stack (tests). */
    View top() {
        return current();
    }
}
