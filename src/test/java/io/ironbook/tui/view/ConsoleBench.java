package io.ironbook.tui.view;

import com.googlecode.lanterna.TerminalSize;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The console's speed on 5,000 nodes, headless (bench/console.sh runs it): time from a synced store to the
 * first full screen, from one node's change in the store to the changed row on screen (through the 100 ms
 * coalescing), the cost of a full redraw and of a scroll, and the process's RSS. Prints medians.
 */
public final class ConsoleBench {
    private static final int NODES = 5000;
    private static final int ROUNDS = 200;

    private ConsoleBench() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : NODES;
        List<NodeSummary> all = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            all.add(TestNodes.ready(String.format("k8s-worker-%05d", i)));
        }
        double cold = firstScreen(all, nodes)[0];
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(200, 60));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        MultiWindowTextGUI gui = new ConsoleTextGui(new SameTextGUIThread.Factory(), screen, TextColor.ANSI.BLACK);
        FakeNodeStore store = FakeNodeStore.syncedWith(all);
        ThemeCatalogue themes = ThemeCatalogue.load(Optional.empty(), false);
        ConsoleContext context = new ConsoleContext(new FakeClusterGateway(store), store, TargetDescriber.none(), Optional.empty(),
                themes, themes.get("dark"), KeyMap.defaults(), false, "bench@local",
                Clock.fixed(TestNodes.NOW, ZoneOffset.UTC), Glyphs.unicodeSet(), List.of());

        long start = System.nanoTime();
        ConsoleScreen console = new ConsoleScreen(gui, context);
        console.start();
        double started = BenchStats.millis(System.nanoTime() - start);
        double firstRows = -1;
        while (!(rowText(terminal, 3).startsWith("k8s-worker-00000") && screenText(terminal).contains("Nodes " + nodes))) {
            gui.getGUIThread().processEventsAndUpdate();
            if (firstRows < 0 && rowText(terminal, 3).startsWith("k8s-worker-")) {
                firstRows = BenchStats.millis(System.nanoTime() - start);
            }
        }
        double firstScreen = BenchStats.millis(System.nanoTime() - start);

        double[] latency = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            String name = String.format("k8s-worker-%05d", i % 50);
            boolean toUnknown = (i / 50) % 2 == 0;
            long t0 = System.nanoTime();
            store.put(toUnknown ? TestNodes.unknown(name) : TestNodes.ready(name));
            String expected = toUnknown ? "? Unknown" : "● Ready";
            int row = 3 + (i % 50);
            while (!rowText(terminal, row).contains(expected)) {
                gui.getGUIThread().processEventsAndUpdate();
                Thread.onSpinWait();
            }
            latency[i] = BenchStats.millis(System.nanoTime() - t0);
        }

        double[] redraw = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            gui.getWindows().forEach(window -> window.invalidate());
            long t0 = System.nanoTime();
            gui.updateScreen();
            redraw[i] = BenchStats.millis(System.nanoTime() - t0);
        }

        double[] scroll = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            terminal.addInput(new KeyStroke(i % 40 < 20 ? KeyType.PageDown : KeyType.PageUp));
            long t0 = System.nanoTime();
            gui.getGUIThread().processEventsAndUpdate();
            scroll[i] = BenchStats.millis(System.nanoTime() - t0);
        }

        System.gc();
        System.out.printf("nodes                          %d%n", nodes);
        System.out.printf("first full screen after sync   %.1f ms in a cold JVM; %.1f ms the second time"
                + " (console built %.1f ms, first rows %.1f ms)%n", cold, firstScreen, started, firstRows);
        System.out.printf("status change -> on screen     median %.1f ms, p95 %.1f ms (coalescing window %d ms)%n",
                BenchStats.median(latency), BenchStats.percentile(latency, 95), NodeFeed.MIN_INTERVAL.toMillis());
        System.out.printf("full redraw (200x60)           median %.2f ms, p95 %.2f ms%n", BenchStats.median(redraw),
                BenchStats.percentile(redraw, 95));
        System.out.printf("page down/up + redraw          median %.2f ms, p95 %.2f ms%n", BenchStats.median(scroll),
                BenchStats.percentile(scroll, 95));
        System.out.printf("heap used after GC             %.0f MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0);
        System.out.printf("process RSS                    %s%n", rss());
        console.close();
        screen.stopScreen();
    }

    /** A throw-away console in a cold JVM: the time to its first full screen. */
    private static double[] firstScreen(List<NodeSummary> all, int nodes) throws Exception {
        long start = System.nanoTime();
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(200, 60));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        MultiWindowTextGUI gui = new ConsoleTextGui(new SameTextGUIThread.Factory(), screen, TextColor.ANSI.BLACK);
        FakeNodeStore store = FakeNodeStore.syncedWith(all);
        ThemeCatalogue themes = ThemeCatalogue.load(Optional.empty(), false);
        ConsoleContext context = new ConsoleContext(new FakeClusterGateway(store), store, TargetDescriber.none(), Optional.empty(),
                themes, themes.get("dark"), KeyMap.defaults(), false, "bench@local",
                Clock.fixed(TestNodes.NOW, ZoneOffset.UTC), Glyphs.unicodeSet(), List.of());
        ConsoleScreen console = new ConsoleScreen(gui, context);
        console.start();
        while (!(rowText(terminal, 3).startsWith("k8s-worker-00000") && screenText(terminal).contains("Nodes " + nodes))) {
            gui.getGUIThread().processEventsAndUpdate();
        }
        double elapsed = BenchStats.millis(System.nanoTime() - start);
        console.close();
        screen.stopScreen();
        return new double[] {elapsed};
    }

    private static String rowText(DefaultVirtualTerminal terminal, int row) {
        StringBuilder line = new StringBuilder();
        int columns = terminal.getTerminalSize().getColumns();
        for (int col = 0; col < columns; col++) {
            line.append(terminal.getCharacter(col, row).getCharacterString());
        }
        return line.toString();
    }

    private static String screenText(DefaultVirtualTerminal terminal) {
        StringBuilder all = new StringBuilder();
        for (int row = 0; row < 3; row++) {
            all.append(rowText(terminal, row)).append('\n');
        }
        return all.toString();
    }

    private static String rss() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.substring(6).strip()).findFirst().orElse("n/a");
    }
}
