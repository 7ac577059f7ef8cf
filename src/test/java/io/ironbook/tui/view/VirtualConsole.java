package io.ironbook.tui.view;

import static org.assertj.core.api.Assertions.fail;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import io.ironbook.cluster.NodeSummary;
import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.render.Glyphs;
import io.ironbook.tui.theme.ThemeCatalogue;
import io.ironbook.tui.widget.ConsoleTextGui;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The console on Lanterna's virtual terminal, driven key by key, read back as a text grid. */
public final class VirtualConsole implements AutoCloseable {
    private static final long TIMEOUT_MILLIS = 5000;

    public final DefaultVirtualTerminal terminal;
    public final MultiWindowTextGUI gui;
    public final ConsoleScreen console;
    public final FakeNodeStore store;
    public final FakeClusterGateway gateway;
    private final TerminalScreen screen;

    private VirtualConsole(int columns, int rows, List<NodeSummary> nodes, boolean readOnly, String theme,
            Glyphs glyphs, TargetDescriber targets, Optional<ConsoleOperations> operations,
            Optional<RunStarter> runs) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gui = new ConsoleTextGui(new SameTextGUIThread.Factory(), screen, TextColor.ANSI.BLACK);
        store = FakeNodeStore.syncedWith(nodes);
        gateway = new FakeClusterGateway(store);
        ThemeCatalogue themes = ThemeCatalogue.load(Optional.empty(), !glyphs.unicode());
        ConsoleContext context = new ConsoleContext(gateway, store, targets, operations, themes, themes.get(theme),
                KeyMap.defaults(), readOnly, "ops@jump-1", Clock.fixed(TestNodes.NOW, ZoneOffset.UTC), glyphs,
                List.of());
        console = new ConsoleScreen(gui, context, runs);
        console.start();
        pump();
    }

    /** Options for opening a virtual console. */
    public static final class Options {
        private int columns = 120;
        private int rows = 40;
        private List<NodeSummary> nodes = List.of();
        private boolean readOnly;
        private String theme = ThemeCatalogue.DEFAULT;
        private Glyphs glyphs = Glyphs.unicodeSet();
        private TargetDescriber targets = TargetDescriber.none();
        private Optional<ConsoleOperations> operations = Optional.empty();
        private Optional<RunStarter> runs = Optional.empty();

        public Options size(int newColumns, int newRows) {
            columns = newColumns;
            rows = newRows;
            return this;
        }

        public Options nodes(List<NodeSummary> newNodes) {
            nodes = newNodes;
            return this;
        }

        public Options readOnly() {
            readOnly = true;
            return this;
        }

        public Options theme(String name) {
            theme = name;
            return this;
        }

        public Options ascii() {
            glyphs = Glyphs.asciiSet();
            return this;
        }

        public Options targets(TargetDescriber describer) {
            targets = describer;
            return this;
        }

        /** Runbooks, runs, the journal and diagnosis behind the console (none by default). */
        public Options operations(ConsoleOperations newOperations) {
            operations = Optional.of(newOperations);
            return this;
        }

        /** Where runs open (a recording double); else the console's own. */
        Options runs(RunStarter starter) {
            runs = Optional.of(starter);
            return this;
        }

        public VirtualConsole open() {
            return new VirtualConsole(columns, rows, nodes, readOnly, theme, glyphs, targets, operations, runs);
        }
    }

    public static Options with() {
        return new Options();
    }

    /** Runs the GUI thread until it has nothing left to do. */
    public void pump() {
        try {
            while (gui.getGUIThread().processEventsAndUpdate()) {
                // keep going
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void type(String characters) {
        for (char c : characters.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
            pump();
        }
    }

    public void press(KeyType key) {
        terminal.addInput(new KeyStroke(key));
        pump();
    }

    /** The screen as lines of text. */
    public List<String> lines() {
        TerminalSize size = terminal.getTerminalSize();
        String[] lines = new String[size.getRows()];
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter character = terminal.getCharacter(col, row);
                line.append(character == null ? " " : character.getCharacterString());
            }
            lines[row] = line.toString();
        }
        return List.of(lines);
    }

    /** The last screen line: the key hints. */
    public String footer() {
        List<String> lines = lines();
        return lines.get(lines.size() - 1);
    }

    public String text() {
        return String.join("\n", lines());
    }

    /** The first screen line containing {@code text}. */
    public String lineWith(String text) {
        return lines().stream().filter(line -> line.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with '" + text + "' on screen:\n" + text()));
    }

    /** The character cell at (column, row). */
    public TextCharacter cell(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    /** Pumps until the screen shows {@code text}, or fails with the screen. */
    public void awaitText(String text) {
        await(screen -> screen.contains(text), "'" + text + "' on screen");
    }

    /** Pumps until the screen no longer shows {@code text}. */
    public void awaitNoText(String text) {
        await(screen -> !screen.contains(text), "'" + text + "' gone from the screen");
    }

    public void await(Predicate<String> condition, String what) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (true) {
            pump();
            String shown = text();
            if (condition.test(shown)) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                fail("expected " + what + "; the screen is:\n" + shown);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    @Override
    public void close() throws IOException {
        console.close();
        screen.stopScreen();
    }
}
