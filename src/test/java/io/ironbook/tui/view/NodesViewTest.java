package io.ironbook.tui.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import io.ironbook.cluster.NodeSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodesViewTest {

    private static List<NodeSummary> cluster() {
        return List.of(TestNodes.ready("k8s-cp-01"), TestNodes.ready("k8s-worker-01"),
                TestNodes.notReady("k8s-worker-02", "KubeletNotReady", "container runtime is down"),
                TestNodes.unknown("k8s-worker-03"));
    }

    @Test
    void nodesShowWithStatusWordSymbolAndReason() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            console.awaitText("k8s-worker-03");
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/screen-nodes.txt"), console.text());
            assertThat(console.lineWith("k8s-worker-01")).contains("● Ready");
            assertThat(console.lineWith("k8s-worker-02")).contains("▲ NotReady").contains("KubeletNotReady");
            assertThat(console.lineWith("k8s-worker-03")).contains("? Unknown").contains("NodeStatusUnknown")
                    .contains("6m");
            assertThat(console.lineWith("HBEAT")).contains("NAME", "STATUS", "CORDON", "ROLES", "VERSION", "AGE", "HBEAT",
                    "PODS", "REASON");
            assertThat(console.text()).contains("ctx admin@prod-dc1", "op ops@jump-1", "03:00:00", "● live",
                    "Nodes 4", "2 Ready", "1 NotReady", "1 Unknown");
        }
    }

    @Test
    void slashFiltersAsYouTypeEnterKeepsEscClears() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            console.awaitText("k8s-worker-03");
            console.type("/unknown");
            assertThat(console.text()).contains("/unknown_", "k8s-worker-03", "filter \"unknown\": 1 shown")
                    .doesNotContain("k8s-worker-01").doesNotContain("k8s-cp-01");
            console.press(KeyType.Enter);
            assertThat(console.text()).doesNotContain("/unknown_").contains("k8s-worker-03")
                    .doesNotContain("k8s-worker-01");
            console.type("/");
            console.press(KeyType.Backspace);
            console.type("zzz");
            console.press(KeyType.Enter);
            assertThat(console.text()).contains("no node matches \"unknowzzz\"");
            console.press(KeyType.Escape);
            assertThat(console.text()).contains("k8s-worker-01", "k8s-cp-01").doesNotContain("filter \"");
        }
    }

    @Test
    void sortingByStatusPutsTheWorstFirstAndReverses() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            console.awaitText("k8s-worker-03");
            console.type("s");
            List<String> lines = console.lines();
            assertThat(lines.get(2)).contains("STATUS▲");
            assertThat(lines.get(3)).startsWith("k8s-worker-03");
            assertThat(lines.get(4)).startsWith("k8s-worker-02");
            console.type("S");
            assertThat(console.lines().get(2)).contains("STATUS▼");
            assertThat(console.lines().get(3)).startsWith("k8s-worker-01");
            console.type(":sort pods");
            console.press(KeyType.Enter);
            assertThat(console.lines().get(2)).contains("PODS▲");
        }
    }

    @Test
    void theSelectionFollowsItsNodeThroughLiveUpdates() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            console.awaitText("k8s-worker-03");
            console.press(KeyType.ArrowDown);
            console.press(KeyType.ArrowDown);
            assertThat(console.console.model().selectedName()).contains("k8s-worker-02");
            TextColor selectedBackground = console.cell(0, 5).getBackgroundColor();
            assertThat(console.cell(0, 3).getBackgroundColor()).isNotEqualTo(selectedBackground);
            console.store.put(TestNodes.ready("k8s-worker-00"));
            console.store.put(TestNodes.unknown("k8s-worker-01"));
            console.await(screen -> screen.contains("k8s-worker-00")
                    && console.lineWith("k8s-worker-01").contains("? Unknown"), "the new node and the change");
            assertThat(console.console.model().selectedName()).contains("k8s-worker-02");
            int row = console.lines().indexOf(console.lineWith("k8s-worker-02"));
            assertThat(console.cell(0, row).getBackgroundColor()).isEqualTo(selectedBackground);
            console.store.remove("k8s-worker-02");
            console.awaitNoText("k8s-worker-02");
            assertThat(console.console.model().selectedName()).isPresent();
        }
    }

    @Test
    void theHeaderSaysSinceWhenTheDataIsStale() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            console.awaitText("● live");
            console.store.connection(Optional.of(Instant.parse("2026-11-26T02:58:41Z")));
            console.awaitText("▲ stale since 02:58:41");
            console.store.connection(Optional.empty());
            console.awaitText("● live");
        }
    }

    @Test
    void aBurstOfChangesIsCoalescedIntoFewRedraws() throws Exception {
        List<NodeSummary> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(TestNodes.ready(String.format("node-%05d", i)));
        }
        try (VirtualConsole console = VirtualConsole.with().nodes(many).open()) {
            console.awaitText("Nodes 5000");
            for (int i = 0; i < 5000; i++) {
                console.store.put(TestNodes.notReady(String.format("node-%05d", i), "KubeletNotReady", "down"));
            }
            console.awaitText("5000 NotReady");
            assertThat(console.lineWith("node-00000")).contains("▲ NotReady");
        }
    }

    @Test
    void at80x24TheTableDropsVersionAndRolesAndKeepsTheReason() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().size(80, 24).nodes(cluster()).open()) {
            console.awaitText("k8s-worker-03");
            List<String> lines = console.lines();
            assertThat(lines).hasSize(24);
            assertThat(lines.get(2)).contains("NAME", "STATUS", "CORDON", "HBEAT", "PODS", "REASON")
                    .doesNotContain("VERSION").doesNotContain("ROLES");
            assertThat(console.lineWith("k8s-worker-03")).contains("NodeStatusUnknown");
            assertThat(lines.get(23)).contains("? help").contains("q quit");
            assertThat(lines.get(0)).contains("03:00:00", "● live");
        }
    }

    @Test
    void aTerminalSmallerThan80x24AsksToBeEnlargedAndStillQuits() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().size(70, 20).nodes(cluster()).open()) {
            console.awaitText("at least 80x24");
            assertThat(console.text()).contains("this one is 70x20").doesNotContain("k8s-worker-01");
            console.type("q");
            assertThat(console.console.quitRequested()).isTrue();
        }
    }

    @Test
    void anAsciiTerminalGetsAsciiSymbolsWithTheWords() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().ascii().nodes(cluster()).open()) {
            console.awaitText("k8s-worker-03");
            assertThat(console.lineWith("k8s-worker-01")).contains("+ Ready");
            assertThat(console.lineWith("k8s-worker-02")).contains("! NotReady");
            assertThat(console.lineWith("k8s-worker-03")).contains("? Unknown");
            console.type("c");
            console.awaitText("Cordon k8s-cp-01?");
            assertThat(console.text()).doesNotContain("─").doesNotContain("●").contains("+--");
        }
    }

    @Test
    void tCyclesThroughTheThemesAndRecolours() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            console.awaitText("k8s-worker-03");
            TextColor darkBackground = console.cell(0, 3).getBackgroundColor();
            console.type("t");
            console.awaitText("theme light");
            assertThat(console.cell(0, 3).getBackgroundColor()).isNotEqualTo(darkBackground);
            console.type("ttt");
            console.awaitText("theme dark");
            assertThat(console.cell(0, 3).getBackgroundColor()).isEqualTo(darkBackground);
            console.type(":theme high-contrast");
            console.press(KeyType.Enter);
            console.awaitText("theme high-contrast");
            assertThat(console.cell(0, 4).getBackgroundColor()).isEqualTo(TextColor.ANSI.BLACK);
            assertThat(console.cell(0, 3).getBackgroundColor()).isEqualTo(TextColor.ANSI.YELLOW);
        }
    }

    @Test
    void questionMarkShowsTheKeysOfTheScreenAndEscGoesBack() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            console.awaitText("k8s-worker-03");
            console.type("?");
            assertThat(console.text()).contains("Keys on the nodes screen", "cordon the node (after a confirmation)",
                    "filter the nodes by name").doesNotContain("diagnose");
            console.press(KeyType.Escape);
            assertThat(console.text()).contains("k8s-worker-03").doesNotContain("Keys on the nodes screen");
        }
    }

    @Test
    void qQuitsAtOnceWhenNothingIsRunning() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().nodes(cluster()).open()) {
            console.awaitText("k8s-worker-03");
            console.type("q");
            assertThat(console.console.quitRequested()).isTrue();
        }
    }

    @Test
    void aResizeRelaysTheTableOut() throws Exception {
        try (VirtualConsole console = VirtualConsole.with().size(160, 40).nodes(cluster()).open()) {
            console.awaitText("k8s-worker-03");
            assertThat(console.lineWith("HBEAT")).contains("VERSION", "ROLES");
            console.terminal.setTerminalSize(new com.googlecode.lanterna.TerminalSize(80, 24));
            console.await(screen -> !console.lineWith("HBEAT").contains("VERSION"), "the narrow layout");
            assertThat(console.lines().get(23)).contains("q quit");
            console.terminal.setTerminalSize(new com.googlecode.lanterna.TerminalSize(60, 20));
            console.awaitText("at least 80x24");
            console.terminal.setTerminalSize(new com.googlecode.lanterna.TerminalSize(100, 30));
            console.awaitText("k8s-worker-03");
            assertThat(console.text()).doesNotContain("at least 80x24");
        }
    }
}
