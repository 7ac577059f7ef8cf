package io.ironbook.tui.view;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.ironbook.cluster.ConnectionSettings;
import io.ironbook.cluster.Fabric8ClusterGateway;
import io.ironbook.cluster.NodeStore;
import io.ironbook.tui.keys.KeyMap;
import io.ironbook.tui.render.Glyphs;
import io.ironbook.tui.theme.ThemeCatalogue;
import io.ironbook.tui.widget.ConsoleTextGui;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of the console's speed against a running lab (bench/console-lab.sh starts the lab in its own JVM
 * and runs this once per repetition, in a fresh JVM): the real {@link Fabric8ClusterGateway} and its
 * informer-backed node store on the lab's kubeconfig, the real console screen on Lanterna's virtual terminal,
 * its GUI thread pumped every millisecond as Lanterna's own GUI thread does. Measures the first full screen
 * after the node list is synced (the console is open before, as {@code ironbook lab} opens it), one node's
 * Ready condition changed over the API until the text grid shows it, a full redraw, and this process's RSS.
 * Prints one line of {@code key=value} figures.
 *
 * <p>Usage: {@code ConsoleLabBench KUBECONFIG NODES [ROUNDS]}
 */
public final class ConsoleLabBench {
    private static final int COLUMNS = 200;
    private static final int ROWS = 60;
    private static final int FIRST_ROW = 3;
    private static final long ROUND_TIMEOUT_NANOS = Duration.ofSeconds(10).toNanos();

    private ConsoleLabBench() {
    }

    public static void main(String[] args) throws Exception {
        Path kubeconfig = Path.of(args[0]);
        int nodes = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;

        long connectStart = System.nanoTime();
        Fabric8ClusterGateway gateway = Fabric8ClusterGateway.connect(new ConnectionSettings(Optional.of(kubeconfig),
                Optional.empty(), Optional.empty(), Path.of(System.getProperty("user.home"))));
        int listed = gateway.nodes().size();
        double preflight = BenchStats.millis(System.nanoTime() - connectStart);
        if (listed != nodes) {
            throw new IllegalStateException("the lab lists " + listed + " nodes, not " + nodes);
        }

        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(COLUMNS, ROWS));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        MultiWindowTextGUI gui = new ConsoleTextGui(new SameTextGUIThread.Factory(), screen, TextColor.ANSI.BLACK);
        long storeStart = System.nanoTime();
        NodeStore store = gateway.watchNodes();
        AtomicLong syncedAt = new AtomicLong();
        Thread waiter = new Thread(() -> {
            try {
                if (store.awaitSynced(Duration.ofMinutes(5))) {
                    syncedAt.set(System.nanoTime());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-sync-waiter");
        waiter.start();
        ThemeCatalogue themes = ThemeCatalogue.load(Optional.empty(), false);
        ConsoleContext context = new ConsoleContext(gateway, store, TargetDescriber.none(), Optional.empty(), themes,
                themes.get(ThemeCatalogue.DEFAULT), KeyMap.defaults(), false, "bench@local", Clock.systemUTC(),
                Glyphs.unicodeSet(), List.of());
        ConsoleScreen console = new ConsoleScreen(gui, context);
        console.start();
        String header = "Nodes " + nodes + " ";
        long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!(rowText(terminal, FIRST_ROW).startsWith("cp-1 ") && (rowText(terminal, 1) + rowText(terminal, 2)).contains(header))) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("no full screen within 2 minutes; the screen shows:\n" + screenText(terminal));
            }
            pump(gui);
        }
        long fullScreen = System.nanoTime();
        waiter.join();
        double sync = BenchStats.millis(syncedAt.get() - storeStart);
        double firstScreen = BenchStats.millis(fullScreen - syncedAt.get());

        List<String> visible = new ArrayList<>();
        for (int row = FIRST_ROW; row < ROWS - 3; row++) {
            String text = rowText(terminal, row);
            if (text.startsWith("worker-")) {
                visible.add(text.substring(0, text.indexOf(' ')));
            }
        }
        Config config = Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
        double[] fromSend = new double[rounds];
        double[] fromAck = new double[rounds];
        double[] roundTrip = new double[rounds];
        int missed = 0;
        int overwritten = 0;
        java.util.Set<String> touched = new java.util.LinkedHashSet<>();
        try (KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build()) {
            for (int i = 0; i < rounds && overwritten < rounds; i++) {
                String name = visible.get((i + overwritten) % visible.size());
                Node node = client.nodes().withName(name).get();
                boolean toNotReady = readyIs(node, true);
                String patch = readyPatch(node, !toNotReady);
                long sent = System.nanoTime();
                client.nodes().withName(name).subresource("status").patch(PatchContext.of(PatchType.JSON_MERGE), patch);
                long acked = System.nanoTime();
                String expected = toNotReady ? "NotReady" : "● Ready";
                boolean seen = true;
                while (!rowOf(terminal, name).contains(expected)) {
                    if (System.nanoTime() - sent > ROUND_TIMEOUT_NANOS) {
                        seen = false;
                        break;
                    }
                    pump(gui);
                }
                long shown = System.nanoTime();
                touched.add(name);
                if (!seen && readyIs(client.nodes().withName(name).get(), toNotReady)) {
                    // The lab's kubelet posted its own status over ours (it does every minute): the screen
                    // rightly shows the kubelet's; this round measures nothing.
                    overwritten++;
                    i--;
                    continue;
                }
                missed += seen ? 0 : 1;
                fromSend[i] = BenchStats.millis(shown - sent);
                fromAck[i] = BenchStats.millis(shown - acked);
                roundTrip[i] = BenchStats.millis(acked - sent);
            }
            // Leave the lab as found for the next run (its kubelets would re-post Ready within a minute anyway).
            for (String name : touched) {
                client.nodes().withName(name).subresource("status").patch(PatchContext.of(PatchType.JSON_MERGE),
                        readyPatch(client.nodes().withName(name).get(), true));
            }
        }

        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] redraw = new double[Integer.getInteger("bench.redraws", 200)];
        double[] redrawCpu = new double[redraw.length];
        for (int i = 0; i < redraw.length; i++) {
            gui.getWindows().forEach(window -> window.invalidate());
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            gui.updateScreen();
            redraw[i] = BenchStats.millis(System.nanoTime() - t0);
            redrawCpu[i] = BenchStats.millis(threads.getCurrentThreadCpuTime() - c0);
        }
        System.gc();
        Thread.sleep(200);
        System.out.printf(java.util.Locale.ROOT, "run nodes=%d preflight_list_ms=%.0f sync_ms=%.0f first_screen_ms=%.1f"
                + " change_ms=%.1f change_p95_ms=%.1f change_max_ms=%.1f change_after_ack_ms=%.1f patch_ms=%.1f missed=%d overwritten=%d"
                + " redraw_ms=%.2f redraw_p95_ms=%.2f redraw_cpu_ms=%.2f rss_mb=%d peak_rss_mb=%d heap_mb=%d%n",
                nodes, preflight, sync, firstScreen, BenchStats.median(fromSend), BenchStats.percentile(fromSend, 95), BenchStats.percentile(fromSend, 100),
                BenchStats.median(fromAck), BenchStats.median(roundTrip), missed, overwritten, BenchStats.median(redraw), BenchStats.percentile(redraw, 95), BenchStats.median(redrawCpu), kb("VmRSS") / 1024,
                kb("VmHWM") / 1024, (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576);
        console.close();
        store.close();
        gateway.close();
        screen.stopScreen();
        System.exit(missed == 0 ? 0 : 1);
    }

    private static boolean readyIs(Node node, boolean ready) {
        return node.getStatus().getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && (ready ? "True" : "False").equals(c.getStatus()));
    }

    /** A merge patch of the node's conditions with Ready set as asked (the lab replaces arrays on merge). */
    private static String readyPatch(Node node, boolean ready) {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        List<NodeCondition> conditions = new ArrayList<>();
        for (NodeCondition c : node.getStatus().getConditions()) {
            if ("Ready".equals(c.getType())) {
                c.setStatus(ready ? "True" : "False");
                c.setReason(ready ? "KubeletReady" : "KubeletNotReady");
                c.setMessage(ready ? "kubelet is posting ready status" : "bench: status changed over the API");
                c.setLastTransitionTime(now);
            }
            conditions.add(c);
        }
        return Serialization.asJson(Map.of("status", Map.of("conditions", conditions)));
    }

    /** One turn of the GUI thread, then a millisecond's rest (Lanterna's own GUI thread loops this way). */
    private static void pump(MultiWindowTextGUI gui) throws Exception {
        gui.getGUIThread().processEventsAndUpdate();
        Thread.sleep(1);
    }

    private static String rowOf(DefaultVirtualTerminal terminal, String name) {
        for (int row = FIRST_ROW; row < ROWS; row++) {
            String text = rowText(terminal, row);
            if (text.startsWith(name + " ")) {
                return text;
            }
        }
        return "";
    }

    private static String screenText(DefaultVirtualTerminal terminal) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < ROWS; row++) {
            text.append(rowText(terminal, row).stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static String rowText(DefaultVirtualTerminal terminal, int row) {
        StringBuilder line = new StringBuilder();
        for (int col = 0; col < COLUMNS; col++) {
            TextCharacter character = terminal.getCharacter(col, row);
            line.append(character == null ? " " : character.getCharacterString());
        }
        return line.toString();
    }

    private static long kb(String field) throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith(field + ":"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
    }
}
