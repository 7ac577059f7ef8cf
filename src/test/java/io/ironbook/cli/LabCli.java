package io.ironbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ironbook.config.IronbookPaths;
import io.ironbook.engine.JournalStore;
import io.ironbook.engine.RunRecord;
import io.ironbook.lab.Lab;
import io.ironbook.lab.LabFiles;
import io.ironbook.lab.node.Power;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * The command line in-process against a running lab: the lab's kubeconfig, ssh_config, known_hosts and
 * inventory as global options, ironbook's state under the test's folder; the lab's power button.
 */
final class LabCli {
    private final Lab lab;
    private final Path dir;

    LabCli(Lab lab, Path dir) {
        this.lab = lab;
        this.dir = dir;
    }

    IronbookPaths paths() {
        return new IronbookPaths(dir.resolve("xdg/ironbook"), dir.resolve("config"), dir);
    }

    /** {@code args} after the lab's files as global options. */
    List<String> args(String... args) {
        LabFiles files = lab.files();
        List<String> all = new ArrayList<>(List.of("--kubeconfig", files.kubeconfig().toString(), "--ssh-config",
                files.sshConfig().toString(), "--known-hosts", files.knownHosts().toString(), "--inventory",
                files.inventory().toString()));
        all.addAll(List.of(args));
        return all;
    }

    CliHarness.Result run(InputStream stdin, String... args) {
        return new CliHarness(new TestServices(paths()).withStdin(stdin)).run(args(args).toArray(String[]::new));
    }

    /** The journal of the run whose output this is ({@code run ID: ...} names it). */
    RunRecord journal(String output) {
        String id = output.lines().filter(l -> l.startsWith("run ") && l.contains(": ")).findFirst().orElseThrow()
                .substring(4).split(":")[0];
        return new JournalStore(paths().runsDir()).find(id);
    }

    /**
     * Runs a command on a lab node through {@code ironbook exec} and returns its output lines ({@code node | text}),
     * node prefixes removed, without exec's summary.
     */
    String onNode(String node, String command) {
        CliHarness.Result result = run(InputStream.nullInputStream(), "exec", node, "--", command);
        String line = Pattern.quote(node) + "\\s*\\| .*";
        return String.join("\n", result.out().lines().filter(l -> l.matches(line))
                .map(l -> l.substring(l.indexOf('|') + 1).strip()).toList());
    }

    /** Powers a halted lab node on, once it has really gone off (a halt takes a moment of lab time). */
    void powerOnWhenOff(String node) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (lab.health(node).power() != Power.HALTED && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        lab.powerOn(node);
    }

    /** Waits up to 90 s for {@code condition}; fails naming {@code what}. */
    static void until(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for %s", what).isBefore(deadline);
            Thread.sleep(250);
        }
    }
}
