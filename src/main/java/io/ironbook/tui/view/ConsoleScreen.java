package io.ironbook.tui.view;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.ironbook.runbook.Runbook;
import io.ironbook.tui.keys.ActionId;
import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.keys.ViewKind;
import io.ironbook.tui.render.HeaderText;
import io.ironbook.tui.render.KeyHints;
import io.ironbook.tui.theme.ConsoleTheme;
import io.ironbook.tui.theme.StyleKey;
import io.ironbook.tui.widget.Look;
import io.ironbook.tui.widget.NodeTableModel;
import io.ironbook.tui.widget.Prompt;
import io.ironbook.tui.widget.StyledBar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The console on a text GUI: the full-screen window (header, the current view, status line, key hints), the
 * view stack, and the dispatch of keys through the key table. It follows the node store through a
 * {@link NodeFeed}; cluster calls run on its I/O threads; every model change happens on the GUI thread.
 * The caller owns the GUI thread and the terminal: real ({@code Console}) or virtual (tests).
 */
public final class ConsoleScreen {
    /** The actions this build can honour; the runbook picker arrives with the run view. */
    static final Set<ActionId> AVAILABLE = EnumSet.complementOf(EnumSet.of(ActionId.RUNBOOKS));
    /** The actions whose screens need the engine behind the console ({@link ConsoleContext#operations()}). */
    static final Set<ActionId> NEED_OPERATIONS = EnumSet.of(ActionId.DIAGNOSE, ActionId.RERUN,
            ActionId.RUN_REMEDY, ActionId.RUNBOOKS, ActionId.JOURNAL, ActionId.RESUME);

    private final WindowBasedTextGUI gui;
    private final ConsoleContext context;
    private final Look look;
    private final KeyMap keys;
    private final Deque<View> stack = new ArrayDeque<>();
    private final NodeTableModel model = new NodeTableModel();
    private final NodesView nodes;
    private final Tasks tasks;
    private final NodeActions actions;
    private final ViewFactory views;
    private final Prompt prompt = new Prompt();
    private final ConsoleCommands commands = new ConsoleCommands(this);
    private final ConsoleWindow window;
    private final Panel bodyHolder = new Panel(new BorderLayout());
    private final StyledBar header;
    private final StyledBar summary;
    private final StatusLine status;
    private final StyledBar hints;
    private final ScheduledExecutorService timer;
    private final ExecutorService io;
    private Optional<Instant> staleSince = Optional.empty();
    private AutoCloseable subscription;
    private Runnable onQuit = () -> { };
    private boolean quitRequested;

    public ConsoleScreen(WindowBasedTextGUI gui, ConsoleContext context) {
        this(gui, context, Optional.empty());
    }

    /** A console whose runs open in {@code runs} (tests record them), else in the console's run screen. */
    ConsoleScreen(WindowBasedTextGUI gui, ConsoleContext context, Optional<RunStarter> runs) {
        this.gui = gui;
        this.context = context;
        this.look = new Look(context.theme(), context.glyphs());
        this.keys = context.keys().restrictedTo(available(context), context.readOnly());
        this.timer = Executors.newSingleThreadScheduledExecutor(Tasks.daemon("ironbook-console-timer"));
        this.io = Executors.newFixedThreadPool(4, Tasks.daemon("ironbook-console-io"));
        this.status = new StatusLine(look, prompt, this::running);
        this.tasks = new Tasks(io, gui.getGUIThread(), status::changed);
        this.nodes = new NodesView(model, look, context.clock());
        this.actions = new NodeActions(context, gui, look, tasks, status);
        this.views = new ViewFactory(context, model, look, keys, tasks, runs.orElse(RunStarter.of(this::startRun,
                this::resumeRun)), ViewHost.of(this::push, this::message));
        header = new StyledBar(look, StyleKey.HEADER, width -> HeaderText.line(context.gateway().contextName(),
                context.gateway().server(), context.operator(), context.readOnly(), context.clock().instant(),
                context.clock().getZone(), staleSince, look.glyphs(), width));
        summary = new StyledBar(look, StyleKey.SUMMARY, width -> current().summary(width));
        hints = new StyledBar(look, StyleKey.FOOTER, width -> KeyHints.footer(keys.forView(current().kind()).stream()
                .filter(binding -> current().offers(binding.action())).toList(), width));
        window = new ConsoleWindow(look, List.of(header, summary), bodyHolder, List.of(status.bar(), hints),
                this::handleKey);
        push(nodes);
    }

    /** The actions of the key table this console can honour. */
    static Set<ActionId> available(ConsoleContext context) {
        Set<ActionId> available = EnumSet.copyOf(AVAILABLE);
        if (context.operations().isEmpty()) {
            available.removeAll(NEED_OPERATIONS);
        }
        return available;
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
        timer.scheduleAtFixedRate(() -> later(window::invalidate), 1, 1, TimeUnit.SECONDS);
        if (!context.notes().isEmpty()) {
            message(String.join("; ", context.notes()), true);
        }
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
            case FILTER -> openFilter();
            case COMMAND -> prompt.open(":", "", Prompt.onSubmit(commands::run, status::changed));
            case DETAIL -> current().selectedNode().ifPresent(name -> push(views.nodeDetail(name)));
            case DIAGNOSE -> current().selectedNode().flatMap(views::diagnosis).ifPresent(this::push);
            case JOURNAL -> views.journal().ifPresent(this::push);
            case CORDON -> current().selectedNode().ifPresent(name -> actions.cordon(name, model.node(name)));
            case UNCORDON -> current().selectedNode().ifPresent(name -> actions.uncordon(name, model.node(name)));
            case DRAIN -> current().selectedNode().ifPresent(actions::drain);
            case SORT_NEXT -> nodes.sortNext();
            case SORT_REVERSE -> nodes.reverse();
            case NEXT_THEME -> theme("");
            case BACK -> {
                if (!current().back()) {
                    pop();
                }
            }
            case QUIT -> quit();
            case RERUN, RUN_REMEDY, RESUME -> message(action.id() + " does nothing on this screen", true);
            default -> message(action.id() + " is not available in this console yet", true);
        }
        summary.invalidate();
        status.changed();
    }

    private void openFilter() {
        prompt.open("/", nodes.model().filter(), nodes.filterPrompt(summary::invalidate));
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
        actions.confirmQuit(running, this::doQuit);
    }

    /** Opens a run of {@code runbook}; replaced by the run screen. */
    private void startRun(Runbook runbook, Map<String, String> params) {
        message("the run screen is not in this build: ironbook run " + runbook.id() + params.entrySet().stream()
                .map(param -> " --param " + param.getKey() + "=" + param.getValue()).collect(Collectors.joining()),
                false);
    }

    /** Opens the resumed run; replaced by the run screen. */
    private void resumeRun(String runId) {
        message("the run screen is not in this build: ironbook journal resume " + runId, false);
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
