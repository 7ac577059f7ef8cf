package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.ironbook.tui.dialog.GateDialog;
import io.ironbook.tui.dialog.GateRequest;
import io.ironbook.tui.keys.ActionId;
import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.render.HeaderText;
import io.ironbook.tui.render.KeyHints;
import io.ironbook.tui.render.StyledLine;
import io.ironbook.tui.theme.ConsoleTheme;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.Look;
import io.ironbook.tui.widget.NodeTableModel;
import io.ironbook.tui.widget.Prompt;
import io.ironbook.tui.widget.StyledBar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The console on a text GUI: the full-screen window (header, the current view, status line, key hints), the
 * view stack, and the dispatch of keys through the key table. It follows the node store through a
 * {@link NodeFeed}; cluster calls run on its I/O threads; every model change happens on the GUI thread.
 * The caller owns the GUI thread and the terminal: real ({@code Console}) or virtual (tests).
 */
public final class ConsoleScreen {
    /** The actions of a console that only follows and cordons nodes. */
    static final Set<ActionId> NODES_ONLY = EnumSet.complementOf(EnumSet.of(ActionId.DIAGNOSE, ActionId.RUNBOOKS,
            ActionId.JOURNAL, ActionId.START, ActionId.CANCEL_RUN));
    /** What operations (runbooks, runs) add. */
    static final Set<ActionId> WITH_OPERATIONS = EnumSet.of(ActionId.RUNBOOKS, ActionId.START, ActionId.CANCEL_RUN);

    private final WindowBasedTextGUI gui;
    private final ConsoleContext context;
    private final Look look;
    private final KeyMap keys;
    private final Deque<View> stack = new ArrayDeque<>();
    private final NodeTableModel model = new NodeTableModel();
    private final NodesView nodes;
    private final Tasks tasks;
    private final NodeActions actions;
    private final Prompt prompt = new Prompt();
    private final ConsoleCommands commands = new ConsoleCommands(this);
    private final ConsoleWindow window;
    private final Panel bodyHolder = new Panel(new BorderLayout());
    private final StyledBar header;
    private final StyledBar summary;
    private final StyledBar statusBar;
    private final StyledBar hints;
    private final ScheduledExecutorService timer;
    private final ExecutorService io;
    private final Optional<RunScreens> runs;
    private Optional<Instant> staleSince = Optional.empty();
    private StyledLine message = StyledLine.blank();
    private AutoCloseable subscription;
    private Runnable onQuit = () -> { };
    private boolean quitRequested;

    public ConsoleScreen(WindowBasedTextGUI gui, ConsoleContext context) {
        this.gui = gui;
        this.context = context;
        this.look = new Look(context.theme(), context.glyphs());
        this.keys = context.keys().restrictedTo(available(context), context.readOnly());
        this.timer = Executors.newSingleThreadScheduledExecutor(Tasks.daemon("ironbook-console-timer"));
        this.io = Executors.newFixedThreadPool(4, Tasks.daemon("ironbook-console-io"));
        this.tasks = new Tasks(io, gui.getGUIThread(), this::statusChanged);
        this.nodes = new NodesView(model, look, context.clock());
        this.actions = new NodeActions(context, gui, look, tasks, new NodeActions.Status() {
            @Override
            public void ok(String text) {
                message(text, false);
            }

            @Override
            public void error(String text) {
                message(text, true);
            }
        });
        header = new StyledBar(look, StyleKey.HEADER, width -> HeaderText.line(context.gateway().contextName(),
                context.gateway().server(), context.operator(), context.readOnly(), context.clock().instant(),
                context.clock().getZone(), staleSince, look.glyphs(), width));
        runs = context.operations().map(operations -> new RunScreens(gui, context, operations, look, tasks, this::push,
                model::names));
        summary = new StyledBar(look, StyleKey.SUMMARY, width -> current().summary(width));
        statusBar = new StyledBar(look, StyleKey.FOOTER, this::statusLine);
        hints = new StyledBar(look, StyleKey.FOOTER, width -> KeyHints.footer(keys.forView(current().kind()), width));
        window = new ConsoleWindow(look, List.of(header, summary), bodyHolder, List.of(statusBar, hints));
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window basePane, KeyStroke key, AtomicBoolean deliverEvent) {
                deliverEvent.set(false);
                handleKey(key);
            }
        });
        push(nodes);
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

    private static Set<ActionId> available(ConsoleContext context) {
        Set<ActionId> available = EnumSet.copyOf(NODES_ONLY);
        if (context.operations().isPresent()) {
            available.addAll(WITH_OPERATIONS);
        }
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
        for (View view : stack) {
            view.nodesChanged();
        }
        summary.invalidate();
    }

    private View current() {
        return stack.peek();
    }

    private void push(View view) {
        stack.push(view);
        show();
    }

    private void pop() {
        if (stack.size() > 1) {
            stack.pop().closed();
            show();
        }
    }

    private void show() {
        bodyHolder.removeAllComponents();
        bodyHolder.addComponent(current().body(), BorderLayout.Location.CENTER);
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
            statusBar.invalidate();
            return;
        }
        Optional<ActionId> action = keys.action(key, current().kind());
        if (action.isPresent()) {
            perform(action.get());
        } else {
            current().key(key);
        }
    }

    void perform(ActionId action) {
        switch (action) {
            case HELP -> {
                if (current().kind() != ViewKind.HELP) {
                    push(new HelpView(keys, current().kind(), context.readOnly(), look));
                }
            }
            case FILTER -> current().search().ifPresent(this::openSearch);
            case COMMAND -> prompt.open(":", "", Prompt.onSubmit(commands::run, statusBar::invalidate));
            case DETAIL -> current().selectedNode().ifPresent(name -> push(new NodeDetailView(name, model, look,
                    context.clock(), keys, tasks, context)));
            case CORDON -> current().selectedNode().ifPresent(name -> actions.cordon(name, model.node(name)));
            case UNCORDON -> current().selectedNode().ifPresent(name -> actions.uncordon(name, model.node(name)));
            case DRAIN -> current().selectedNode().ifPresent(actions::drain);
            case RUNBOOKS -> runs.ifPresent(screens -> {
                if (current().kind() != ViewKind.RUNBOOKS) {
                    push(screens.catalogue(current().selectedNode()));
                }
            });
            case START -> current().start();
            case CANCEL_RUN -> cancelRun();
            case SORT_NEXT -> nodes.sortNext();
            case SORT_REVERSE -> nodes.reverse();
            case NEXT_THEME -> theme("");
            case BACK -> {
                if (!current().back()) {
                    pop();
                }
            }
            case QUIT -> quit();
            default -> message(action.id() + " is not available in this console yet", true);
        }
        summary.invalidate();
        statusBar.invalidate();
    }

    private void openSearch(View.Search search) {
        prompt.open(search.prefix(), search.initial(), Prompt.live(text -> {
            search.apply().accept(text);
            summary.invalidate();
        }));
    }

    private void cancelRun() {
        if (!(current() instanceof RunView run) || !run.active()) {
            message("no run going here to cancel", true);
            return;
        }
        GateDialog.ask(gui, look, GateRequest.confirm("Cancel " + run.progress().title() + "?", List.of(
                "The running step is interrupted (a remote command is left to the node; a wait stops waiting).",
                "Nothing after it runs. The journal keeps the run: j shows it and can resume it."), "Cancel run"),
                yes -> {
                    if (yes) {
                        run.cancel();
                        message("cancelling " + run.progress().title(), false);
                    }
                });
    }

    /** Pops every screen above the nodes. */
    void home() {
        while (stack.size() > 1) {
            pop();
        }
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

    /** Runs a lab control command ({@code power-on worker-1}) off the GUI thread and shows its answer. */
    void lab(String command) {
        Optional<LabCommands> lab = context.operations().flatMap(ConsoleOperations::lab);
        if (lab.isEmpty()) {
            message("lab commands work only in a console opened by ironbook lab", true);
        } else if (context.readOnly()) {
            message("lab commands change the lab: the console is read-only", true);
        } else {
            tasks.run("lab " + command, false, () -> lab.get().execute(command),
                    reply -> message("lab: " + reply.replace('\n', ' '), reply.startsWith("error")
                            || reply.startsWith("unknown") || reply.startsWith("usage")),
                    e -> message("lab: " + e.getMessage(), true));
        }
    }

    /** Switches to the theme of that name, or says which themes there are. */
    void theme(String name) {
        if (name.isEmpty()) {
            theme(context.themes().next(look.theme().name()));
            return;
        }
        context.themes().find(name).ifPresentOrElse(this::theme, () -> message("unknown theme '" + name
                + "' (known: " + String.join(", ", context.themes().names()) + ")", true));
    }

    private void theme(ConsoleTheme theme) {
        look.theme(theme);
        gui.setTheme(theme.lanterna());
        window.invalidate();
        message("theme " + theme.name(), false);
    }

    void quit() {
        List<String> running = tasks.running();
        if (running.isEmpty()) {
            doQuit();
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("Still running:");
        running.forEach(line -> lines.add("  " + line));
        lines.add("Quitting stops following it; a drain stops evicting and the node stays cordoned;");
        lines.add("a run is cancelled where it stands, and its journal can resume it.");
        GateDialog.ask(gui, look, GateRequest.confirm("Quit while work is running?", lines, "Quit"), yes -> {
            if (yes) {
                doQuit();
            }
        });
    }

    private void doQuit() {
        quitRequested = true;
        onQuit.run();
    }

    void message(String text, boolean error) {
        message = StyledLine.of(" " + text, error ? StyleKey.MESSAGE_ERROR : StyleKey.MESSAGE_OK);
        statusBar.invalidate();
    }

    private void statusChanged() {
        statusBar.invalidate();
    }

    private StyledLine statusLine(int width) {
        if (prompt.isOpen()) {
            return StyledLine.of(" " + prompt.display(), StyleKey.ROW);
        }
        List<String> running = tasks.running();
        if (running.isEmpty()) {
            return message;
        }
        StyledLine.Builder line = new StyledLine.Builder();
        message.segments().forEach(segment -> line.add(segment.text(), segment.style()));
        line.add("   " + look.glyphs().arrow() + " " + String.join("; ", running), StyleKey.FOOTER);
        return line.build();
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
