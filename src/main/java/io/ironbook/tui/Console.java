package io.ironbook.tui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.AsynchronousTextGUIThread;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SeparateTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import io.ironbook.cluster.ClusterGateway;
import io.ironbook.cluster.NodeStore;
import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.render.Glyphs;
import io.ironbook.tui.theme.ConsoleTheme;
import io.ironbook.tui.theme.ThemeCatalogue;
import io.ironbook.tui.view.ConsoleContext;
import io.ironbook.tui.view.ConsoleOperations;
import io.ironbook.tui.view.ConsoleScreen;
import io.ironbook.tui.view.TargetDescriber;
import io.ironbook.tui.widget.ConsoleTextGui;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the console on the real terminal (inside tmux, over SSH) and gives the terminal back as it found
 * it: on quit, on a crash (the GUI thread's failure is logged and rethrown after the restore) and on
 * Ctrl-C or a kill (a shutdown hook). Themes are checked by {@link #prepare} before the terminal is touched,
 * so a bad {@code --theme} is a one-line error, not a broken screen.
 */
public final class Console {
    private static final Logger LOG = LoggerFactory.getLogger(Console.class);

    private final ConsoleOptions options;
    private final ThemeCatalogue themes;
    private final ConsoleTheme theme;
    private final Charset charset;
    private final Glyphs glyphs;

    private Console(ConsoleOptions options, ThemeCatalogue themes, ConsoleTheme theme, Charset charset) {
        this.options = options;
        this.themes = themes;
        this.theme = theme;
        this.charset = charset;
        this.glyphs = Glyphs.forCharset(charset);
    }

    /**
     * Loads the themes and picks the one asked for; UTF-8 symbols when {@code charset} is UTF, else ASCII.
     *
     * @throws io.ironbook.tui.theme.ThemeException for an unknown or broken theme (one line, file:line)
     */
    public static Console prepare(ConsoleOptions options, Charset charset) {
        boolean ascii = !Glyphs.forCharset(charset).unicode();
        ThemeCatalogue themes = ThemeCatalogue.load(options.userThemesDir(), ascii);
        ConsoleTheme theme = themes.get(options.theme().orElse(ThemeCatalogue.DEFAULT));
        return new Console(options, themes, theme, charset);
    }

    /** The context the console's screens run with, on this cluster. */
    public ConsoleContext context(ClusterGateway gateway, NodeStore store, TargetDescriber targets,
            Optional<ConsoleOperations> operations) {
        return new ConsoleContext(gateway, store, targets, operations, themes, theme, KeyMap.defaults(),
                options.readOnly(), options.operator(), Clock.systemDefaultZone(), glyphs, themes.problems());
    }

    /**
     * Runs the console on the terminal of these streams until the operator quits.
     *
     * @param targets says how each node is reached over SSH (the detail screen's "ssh" line)
     * @param operations runbooks, runs, the journal and live diagnosis; empty to only follow and cordon nodes
     */
    public void run(ClusterGateway gateway, NodeStore store, TargetDescriber targets,
            Optional<ConsoleOperations> operations, InputStream in,
            OutputStream out) throws IOException {
        Terminal terminal = new DefaultTerminalFactory(out, in, charset).setForceTextTerminal(true).createTerminal();
        TerminalScreen screen = new TerminalScreen(terminal);
        AtomicBoolean restored = new AtomicBoolean();
        Runnable restore = () -> {
            if (restored.compareAndSet(false, true)) {
                try {
                    screen.stopScreen();
                } catch (IOException | RuntimeException e) {
                    LOG.warn("could not restore the terminal: {}", e.toString());
                }
            }
        };
        Thread hook = new Thread(restore, "ironbook-terminal-restore");
        Runtime.getRuntime().addShutdownHook(hook);
        ConsoleScreen console = null;
        AtomicReference<Exception> crash = new AtomicReference<>();
        try {
            screen.startScreen();
            screen.setCursorPosition(null);
            MultiWindowTextGUI gui = new ConsoleTextGui(new SeparateTextGUIThread.Factory(), screen, TextColor.ANSI.DEFAULT);
            AsynchronousTextGUIThread thread = (AsynchronousTextGUIThread) gui.getGUIThread();
            thread.setExceptionHandler(new TextGUIThread.ExceptionHandler() {
                @Override
                public boolean onIOException(IOException e) {
                    crash.set(e);
                    return true;
                }

                @Override
                public boolean onRuntimeException(RuntimeException e) {
                    crash.set(e);
                    return true;
                }
            });
            console = new ConsoleScreen(gui, context(gateway, store, targets, operations));
            console.onQuit(thread::stop);
            thread.start();
            // the screen's feed posts to the GUI thread, which accepts work only once started
            thread.invokeLater(console::start);
            thread.waitForStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (console != null) {
                console.close();
            }
            restore.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook has run or will run harmlessly
            }
        }
        if (crash.get() != null) {
            LOG.error("the console crashed", crash.get());
            throw new IllegalStateException("the console crashed: " + crash.get(), crash.get());
        }
    }
}
