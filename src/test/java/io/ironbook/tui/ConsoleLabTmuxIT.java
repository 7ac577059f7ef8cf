package io.ironbook.tui;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar's {@code ironbook lab} under tmux, end to end: the lab starts (four nodes, worker-2 after a power
 * loss), opens the console on itself, and the console shows what its API serves; {@code q} ends the console,
 * gives the terminal back and stops the lab; {@code d} on worker-2 shows its diagnosis, the chain from the power
 * loss to the Unknown node; and worker-1 goes through the node-maintenance runbook from the console: its gates,
 * the halt over SSH, the lab's power button ({@code :lab power-on}), the return.
 * Needs tmux (CI installs it) and the jar built by {@code package}.
 */
class ConsoleLabTmuxIT {
    private static final long TIMEOUT_MILLIS = 60_000;

    @TempDir
    Path dir;

    private final TmuxPane pane = new TmuxPane("ironbook-lab-it-" + ProcessHandle.current().pid(), TIMEOUT_MILLIS);

    @AfterEach
    void killSession() throws Exception {
        pane.kill();
    }

    @Test
    void theLabOpensTheConsoleOnItselfWorker2TurnsUnknownAndQuittingGivesTheTerminalBackAndStopsTheLab() throws Exception {
        launch();
        // "live" once the node store watches: a watch re-opened under load may take a moment
        String screen = pane.await(text -> text.contains("Nodes 4") && text.contains("worker-3") && text.contains("? help")
                && text.contains("● live"), "the console live on the lab's four nodes");
        assertThat(screen).contains("ctx ironbook-lab");
        for (String node : List.of("cp-1", "worker-1", "worker-3")) {
            assertThat(TmuxPane.line(screen, node + " ")).as(node).contains("● Ready");
        }
        // The scenario at start is dated ten minutes back: the lifecycle controller marks worker-2 Unknown on
        // the lab's first pass, before the console opens or within a redraw of it.
        screen = pane.await(text -> TmuxPane.line(text, "worker-2 ").contains("? Unknown"), "worker-2 Unknown");
        assertThat(TmuxPane.line(screen, "worker-2 ")).contains("NodeStatusUnknown");
        String api = apiServer();
        assertThat(answers(api)).as("the lab's API while the console runs").isTrue();

        pane.keys("q");
        screen = pane.await(text -> text.contains("EXITED 0"), "the console and the lab to end");
        assertThat(screen).doesNotContain("? help").doesNotContain("NodeStatusUnknown").doesNotContain("Exception");
        assertThat(screen).contains("Opening the console on the lab; quitting it (q) stops the lab.");
        assertThat(answers(api)).as("the lab's API after q").isFalse();
    }

    @Test
    void dOnWorker2ShowsTheDiagnosisChainFromThePowerLossToTheUnknownNode() throws Exception {
        launch();
        pane.await(text -> TmuxPane.line(text, "worker-2 ").contains("? Unknown"), "worker-2 Unknown on the console");
        pane.keys("Down", "Down", "d");
        String screen = pane.await(text -> text.contains("root cause"), "worker-2's diagnosis");
        Files.writeString(Path.of("target", "screen-lab-diagnosis.txt"), screen);
        assertThat(screen).contains("power-loss-dirty-journal → fs-readonly → containerd-down → kubelet-crashloop"
                + " → node-status-unknown");
        assertThat(screen).contains("root cause power-loss-dirty-journal", "worker-2", "recover-readonly-fs");
        pane.keys("q");
        screen = pane.await(text -> text.contains("EXITED 0"), "the console and the lab to end");
        assertThat(screen).doesNotContain("Exception");
    }

    @Test
    void nodeMaintenanceTakesWorker1DownThroughItsGatesAndBackFromTheConsole() throws Exception {
        launch();
        pane.await(text -> text.contains("Nodes 4") && TmuxPane.line(text, "worker-1 ").contains("● Ready"), "the console on the lab");

        pane.keys("Down", "b");
        pane.await(text -> text.contains("node-maintenance"), "the runbooks");
        pane.keys("/node-maintenance", "Enter");
        pane.await(text -> text.contains("Runbooks 1 of"), "the runbooks filtered to node-maintenance");
        pane.keys("Enter");
        String screen = pane.await(text -> text.contains("Start node-maintenance"), "the params dialog");
        assertThat(screen).contains("worker-1", "drainTimeout");
        // node (worker-1, the node selected on the nodes screen), drainTimeout, Cancel, Start
        pane.keys("Tab", "Tab", "Tab", "Enter");

        screen = pane.await(text -> text.contains("Run step drain?"), "the drain's gate");
        assertThat(screen).contains("worker-1");
        pane.keys("Tab", "Enter");

        screen = pane.await(text -> text.contains("Run step halt?"), "the halt's typed gate");
        assertThat(screen).contains("systemctl stop kubelet containerd && shutdown -h now", "Type \"worker-1\"");
        pane.type("worker-1");
        pane.keys("Tab", "Tab", "Enter");

        pane.await(text -> text.contains("Manual step maintenance"), "the manual step, once worker-1 is down");
        // The hardware work: SSH is gone as soon as the halt begins; the machine is off 3 simulated seconds later.
        Thread.sleep(1500);
        pane.keys("Tab", "Enter");
        pane.await(text -> text.contains("Waiting") && !text.contains("Manual step maintenance"), "the wait for worker-1");
        pane.keys(":");
        pane.type("lab power-on worker-1");
        pane.keys("Enter");
        pane.await(text -> text.contains("worker-1 powering on"), "the lab's power button pressed");

        screen = pane.await(text -> text.contains("Run succeeded") || text.contains("Run failed")
                || text.contains("Run cancelled"), "the run to end");
        assertThat(screen).contains("Run succeeded");
        try (KubernetesClient client = labClient()) {
            assertThat(client.nodes().withName("worker-1").get().getSpec().getUnschedulable()).isNotEqualTo(Boolean.TRUE);
        }
        pane.keys("q");
        screen = pane.await(text -> text.contains("EXITED 0"), "the console and the lab to end");
        assertThat(screen).doesNotContain("Exception");
    }

    private void launch() throws Exception {
        Path jar = Path.of("target", "ironbook.jar").toAbsolutePath();
        assertThat(jar).as("the shaded jar (mvn package)").exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path state = dir.resolve("state");
        String command = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME=" + state + " " + java
                + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dstdout.encoding=UTF-8 -jar " + jar
                + " lab --nodes 4 --scenario power-loss:worker-2 --speed 10 --dir " + dir.resolve("lab")
                + "; echo EXITED $?; sleep 60";
        int started = pane.start(command);
        assertThat(started).as("tmux new-session").isZero();
    }

    /** The lab's API server, from the kubeconfig it wrote. */
    private String apiServer() throws IOException {
        Path kubeconfig = dir.resolve("lab").resolve("kubeconfig");
        return Files.readAllLines(kubeconfig).stream().map(String::strip).filter(line -> line.startsWith("server:"))
                .map(line -> line.substring("server:".length()).strip()).findFirst()
                .orElseThrow(() -> new AssertionError("no server in " + kubeconfig));
    }

    private KubernetesClient labClient() throws IOException {
        Path kubeconfig = dir.resolve("lab").resolve("kubeconfig");
        return new KubernetesClientBuilder()
                .withConfig(Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString())).build();
    }

    private static boolean answers(String api) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + "/version"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
