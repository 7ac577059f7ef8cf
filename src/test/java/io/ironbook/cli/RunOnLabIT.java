package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.engine.JournalStore;
import io.ironbook.engine.RunEvent;
import io.ironbook.engine.RunRecord;
import io.ironbook.engine.StepStatus;
import io.ironbook.lab.Lab;
import io.ironbook.lab.LabFiles;
import io.ironbook.lab.LabOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runbooks in line mode through the real CLI against the lab: real SSH, real HTTP, gates answered on stdin. */
class RunOnLabIT {

    @TempDir
    static Path dir;

    private static Lab lab;
    private static LabCli cli;

    @BeforeAll
    static void startLab() throws Exception {
        lab = Lab.start(new LabOptions(9, List.of(), dir.resolve("lab"), 20));
        cli = new LabCli(lab, dir);
    }

    @AfterAll
    static void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    /**
     * The name, status, cordon and boot id of the nodes no other test here touches, as the API tells them
     * through {@code ironbook nodes}.
     */
    private static List<String> nodeStates() {
        try {
            CliHarness.Result listed = cli.run(InputStreamNull.INSTANCE, "nodes", "-o", "json");
            assertThat(listed.exitCode()).as("ironbook nodes: " + listed.err()).isZero();
            com.fasterxml.jackson.databind.JsonNode nodes = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(listed.out()).path("nodes");
            List<String> states = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode node : nodes) {
                if (!List.of("cp-1", "worker-5", "worker-6").contains(node.path("name").asText())) {
                    continue;
                }
                states.add(node.path("name").asText() + " " + node.path("status").asText() + " cordoned="
                        + node.path("cordoned").asBoolean() + " boot=" + bootId(node.path("name").asText()));
            }
            return states;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String bootId(String node) {
        return lab.health(node).bootId();
    }

    @Test
    void nodeMaintenanceTakesAWorkerThroughTheWholeLifecycle() {
        String before = bootId("worker-1");
        ScriptedInput answers = new ScriptedInput().line("y").line("worker-1").line(() -> cli.powerOnWhenOff("worker-1"), "done");
        CliHarness.Result result = cli.run(answers, "run", "node-maintenance", "--param", "node=worker-1");

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("run succeeded", "node/worker-1 drained", "worker-1: disconnected (expected)",
                "node/worker-1 uncordoned");
        assertThat(bootId("worker-1")).isNotEqualTo(before);
        CliHarness.Result nodes = cli.run(InputStreamNull.INSTANCE, "nodes");
        assertThat(nodes.out()).containsPattern("worker-1\\s+Ready\\s");
        RunRecord record = cli.journal(result.out());
        assertThat(record.stepStatuses()).containsEntry("drain", StepStatus.DONE).containsEntry("halt", StepStatus.DONE)
                .containsEntry("maintenance", StepStatus.DONE).containsEntry("back", StepStatus.DONE)
                .containsEntry("verify", StepStatus.DONE).containsEntry("uncordon", StepStatus.DONE);
        assertThat(record.gateAnswers()).containsExactly("drain: accepted (stdin)", "halt: accepted (stdin)",
                "maintenance: accepted (stdin)");
        assertThat(record.state()).isEqualTo("succeeded");
    }

    @Test
    void decliningTheTypedGateLeavesTheNodeCordonedAndRunning() {
        String before = bootId("worker-2");
        CliHarness.Result result = cli.run(new ScriptedInput().line("y").line("worker-9"), "run", "node-maintenance",
                "--param", "node=worker-2");
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(result.out()).contains("run declined").doesNotContain("disconnected");
        assertThat(bootId("worker-2")).isEqualTo(before);
        assertThat(lab.health("worker-2").power()).isEqualTo(io.ironbook.lab.node.Power.RUNNING);
        CliHarness.Result nodes = cli.run(InputStreamNull.INSTANCE, "nodes");
        assertThat(nodes.out()).containsPattern("worker-2\\s+Ready,SchedulingDisabled");
        RunRecord record = cli.journal(result.out());
        assertThat(record.state()).isEqualTo("declined");
        assertThat(record.gateAnswers()).containsExactly("drain: accepted (stdin)",
                "halt: declined (stdin: the typed text did not match)");
        assertThat(record.stepStatuses()).containsEntry("halt", StepStatus.SKIPPED).doesNotContainKey("uncordon");
        cli.run(InputStreamNull.INSTANCE, "uncordon", "worker-2");
    }

    @Test
    void aKilledRunResumesWithoutHaltingTwice() throws Exception {
        LabFiles files = lab.files();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "ironbook.jar").toAbsolutePath().toString()));
        command.addAll(cli.args("run", "node-maintenance", "--param", "node=worker-3"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_STATE_HOME", dir.resolve("xdg").toString());
        builder.environment().remove("SSH_AUTH_SOCK");
        Process process = builder.start();
        process.getOutputStream().write("y\nworker-3\ndone\n".getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        CountDownLatch waitingForBoot = new CountDownLatch(1);
        StringBuilder output = new StringBuilder();
        CompletableFuture.runAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.startsWith("==> back")) {
                        waitingForBoot.countDown();
                    }
                }
            } catch (IOException e) {
                waitingForBoot.countDown();
            }
        });
        assertThat(waitingForBoot.await(120, TimeUnit.SECONDS)).as("the run reaches the wait for the boot: %s", output).isTrue();
        Thread.sleep(500);
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        String runId;
        synchronized (output) {
            runId = output.toString().lines().filter(l -> l.startsWith("run ")).findFirst().orElseThrow().substring(4).split(":")[0];
        }
        RunRecord killed = new JournalStore(cli.paths().runsDir()).find(runId);
        assertThat(killed.state()).isEqualTo("interrupted");
        assertThat(killed.stepStatuses()).containsEntry("halt", StepStatus.DONE).containsEntry("back", StepStatus.RUNNING);

        cli.powerOnWhenOff("worker-3");
        CliHarness.Result resumed = cli.run(InputStreamNull.INSTANCE, "journal", "resume", runId);
        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).contains("run succeeded").doesNotContain("==> halt").contains("==> back", "==> uncordon");
        RunRecord done = new JournalStore(cli.paths().runsDir()).find(runId);
        assertThat(done.events().stream().filter(e -> e instanceof RunEvent.StepStarted s && s.stepId().equals("halt"))).hasSize(1);
        assertThat(done.state()).isEqualTo("succeeded");
    }

    @Test
    void aSecondRunOnTheSameNodeIsRefusedNamingTheFirst() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed);
        feed.write("y\nworker-4\n".getBytes(StandardCharsets.UTF_8));
        feed.flush();
        CompletableFuture<CliHarness.Result> first = CompletableFuture.supplyAsync(
                () -> cli.run(stdin, "run", "node-maintenance", "--param", "node=worker-4"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && new JournalStore(cli.paths().runsDir()).list().stream()
                .noneMatch(r -> r.header().params().getOrDefault("node", "").equals("worker-4")
                        && r.stepStatuses().containsKey("maintenance"))) {
            Thread.sleep(200);
        }
        CliHarness.Result second = cli.run(InputStreamNull.INSTANCE, "run", "node-reboot", "--param", "node=worker-4");
        assertThat(second.exitCode()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(second.out()).contains("run refused: node worker-4 is locked by run ").contains("node-maintenance")
                .contains("tester@test");
        cli.powerOnWhenOff("worker-4");
        feed.write("done\n".getBytes(StandardCharsets.UTF_8));
        feed.close();
        assertThat(first.get(180, TimeUnit.SECONDS).exitCode()).isZero();
    }

    @Test
    void aDryRunChangesNothing() {
        List<String> nodesBefore = nodeStates();
        String bootBefore = bootId("worker-5");
        CliHarness.Result plan = cli.run(InputStreamNull.INSTANCE, "run", "node-maintenance", "--param", "node=worker-5", "--dry-run");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("dry run of node-maintenance@2.1.0", "gate: type \"worker-5\"",
                "$ systemctl stop kubelet containerd && shutdown -h now", "drain worker-5: evicts");
        assertThat(nodeStates()).isEqualTo(nodesBefore);
        assertThat(bootId("worker-5")).isEqualTo(bootBefore);
        assertThat(new JournalStore(cli.paths().runsDir()).list()).noneMatch(r -> r.header().params().containsValue("worker-5"));
    }

    @Test
    void aHostileParamValueReachesTheShellAsOneQuotedWord() throws IOException {
        Path runbooks = Files.createDirectories(dir.resolve("runbooks"));
        Files.writeString(runbooks.resolve("note.yaml"), """
                apiVersion: ironbook/v1
                kind: Runbook
                id: leave-note
                version: 1.0.0
                title: Leave a note on a node
                description: Echoes a note, to prove params reach the shell quoted.
                params:
                  - {name: node, type: node, required: true}
                  - {name: note, type: string, required: true}
                steps:
                  - id: echo
                    title: Echo the note
                    kind: ssh
                    on: "{{node}}"
                    run: echo {{note}}
                """);
        CliHarness.Result result = cli.run(InputStreamNull.INSTANCE, "--runbooks", runbooks.toString(), "run", "leave-note",
                "--param", "node=cp-1", "--param", "note=x; rm -rf /");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("cp-1 | x; rm -rf /");
        CliHarness.Result bad = cli.run(InputStreamNull.INSTANCE, "run", "node-maintenance", "--param", "node=x; rm -rf /");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err().strip()).isEqualTo(
                "error: --param node=x; rm -rf /: must be a node name (lower-case letters, digits, '-' and '.')");
    }

    @Test
    void recoverReadonlyFsBringsAPowerLossNodeBackClean() throws Exception {
        lab.trigger(io.ironbook.lab.Scenario.POWER_LOSS, java.util.Optional.of("worker-7"));
        LabCli.until(() -> cli.onNode("worker-7", "findmnt -no OPTIONS /var").startsWith("ro"), "/var read-only on worker-7");
        String device = cli.onNode("worker-7", "findmnt -no SOURCE /var");
        CliHarness.Result result = cli.run(new ScriptedInput().line("worker-7").line("y"), "run", "recover-readonly-fs",
                "--param", "node=worker-7", "--param", "device=" + device, "--param", "access=ssh");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("==> fsck", "==> remount", "==> start-containerd", "==> start-kubelet", "==> diagnose",
                "run succeeded");
        assertThat(cli.onNode("worker-7", "findmnt -no OPTIONS /var")).startsWith("rw");
    }

    @Test
    void fixCniBinPathBringsADebianPathNodeToReady() throws Exception {
        lab.trigger(io.ironbook.lab.Scenario.CNI_BIN_PATH, java.util.Optional.of("worker-8"));
        LabCli.until(() -> !lab.health("worker-8").networkReady(), "worker-8 without a pod network");
        CliHarness.Result result = cli.run(new ScriptedInput().line("y").line("y"), "run", "fix-cni-bin-path",
                "--param", "node=worker-8");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("run succeeded");
        assertThat(cli.run(InputStreamNull.INSTANCE, "nodes").out()).containsPattern("worker-8\\s+Ready\\s");
    }

    /** Empty stdin. */
    private static final class InputStreamNull {
        static final java.io.InputStream INSTANCE = java.io.InputStream.nullInputStream();
    }
}
