package io.ironbook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private static final Instant T0 = Instant.parse("2026-11-26T03:00:00Z");

    private RunHeader header(String id) {
        return new RunHeader(id, T0, "ops", "jump-1", "prod", "https://10.0.0.100:6443", "node-maintenance", "2.1.0",
                "ab".repeat(32), "shipped", Map.of("node", "worker-1"));
    }

    @Test
    void everyEventIsWrittenAndReadBack() {
        Redactor redactor = new Redactor(List::of);
        try (Journal journal = Journal.create(dir, header("r1"), redactor)) {
            journal.onEvent(new RunEvent.RunStarted(T0, "r1", "node-maintenance", "2.1.0", Map.of("node", "worker-1")));
            journal.onEvent(new RunEvent.FactRecorded(T0, "bootId/worker-1", "abc"));
            journal.onEvent(new RunEvent.StepStarted(T0, "drain", "Evict workloads from worker-1", List.of("worker-1")));
            journal.onEvent(new RunEvent.GateAsked(T0, "drain", new GateRequest("drain", "Evict", Optional.empty(), List.of("evict 3 pods"))));
            journal.onEvent(new RunEvent.GateAnswered(T0, "drain", true, "stdin"));
            journal.onEvent(new RunEvent.OutputLine(T0, "drain", "worker-1", "stdout", "evicting pod default/web-1"));
            journal.onEvent(new RunEvent.StepFinished(T0, "drain", StepStatus.DONE, "3 pods evicted", Duration.ofSeconds(4)));
            journal.onEvent(new RunEvent.StepStarted(T0, "halt", "Halt", List.of("worker-1")));
        }
        RunRecord run = new JournalStore(dir).find("r1");
        assertThat(run.header().runbookId()).isEqualTo("node-maintenance");
        assertThat(run.header().params()).containsEntry("node", "worker-1");
        assertThat(run.stepStatuses()).containsExactly(Map.entry("drain", StepStatus.DONE), Map.entry("halt", StepStatus.RUNNING));
        assertThat(run.facts()).containsEntry("bootId/worker-1", "abc");
        assertThat(run.finish()).isEmpty();
        assertThat(run.state()).isEqualTo("interrupted");
        assertThat(run.resumable()).isTrue();
        assertThat(run.gateAnswers()).containsExactly("drain: accepted (stdin)");
    }

    @Test
    void outputGoesToTheSideFile() throws IOException {
        try (Journal journal = Journal.create(dir, header("r2"), new Redactor(List::of))) {
            journal.onEvent(new RunEvent.OutputLine(T0, "halt", "worker-1", "stderr", "Connection closed"));
        }
        assertThat(Files.readString(dir.resolve("r2.out"))).contains("halt worker-1 stderr Connection closed");
        assertThat(Files.readString(dir.resolve("r2.jsonl"))).doesNotContain("Connection closed");
    }

    @Test
    void theOutputsTailReadsBackItsLastLinesAndSkipsALineCutByACrash() throws IOException {
        try (Journal journal = Journal.create(dir, header("r5"), new Redactor(List::of))) {
            for (int i = 1; i <= 5; i++) {
                journal.onEvent(new RunEvent.OutputLine(T0, "look", "worker-1", "stdout", "line " + i + " of  spaces"));
            }
            journal.onEvent(new RunEvent.OutputLine(T0, "verify", "", "stdout", "no node"));
        }
        Files.writeString(dir.resolve("r5.out"), "2026-11-26T03:0", java.nio.file.StandardOpenOption.APPEND);
        List<RunEvent.OutputLine> tail = new JournalStore(dir).outputTail("r5", 3);
        assertThat(tail).containsExactly(new RunEvent.OutputLine(T0, "look", "worker-1", "stdout", "line 4 of  spaces"),
                new RunEvent.OutputLine(T0, "look", "worker-1", "stdout", "line 5 of  spaces"),
                new RunEvent.OutputLine(T0, "verify", "", "stdout", "no node"));
        assertThat(new JournalStore(dir).outputTail("missing", 3)).isEmpty();
    }

    @Test
    void secretsNeverReachTheDisk() throws IOException {
        Redactor redactor = new Redactor(() -> List.of("s3cr3t-value"));
        try (Journal journal = Journal.create(dir, header("r3"), redactor)) {
            journal.onEvent(new RunEvent.OutputLine(T0, "init", "cp-1", "stdout",
                    "kubeadm join 10.0.0.100:6443 --token abcdef.0123456789abcdef \\"));
            journal.onEvent(new RunEvent.OutputLine(T0, "init", "cp-1", "stdout",
                    "--control-plane --certificate-key 1f3a2b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a"));
            journal.onEvent(new RunEvent.StepFinished(T0, "init", StepStatus.DONE, "got s3cr3t-value", Duration.ZERO));
            journal.onEvent(new RunEvent.OutputLine(T0, "x", "cp-1", "stdout", "Authorization: Bearer eyJhbGciOiJSUzI1NiIs"));
        }
        String all = Files.readString(dir.resolve("r3.jsonl")) + Files.readString(dir.resolve("r3.out"));
        assertThat(all).doesNotContain("abcdef.0123456789abcdef").doesNotContain("1f3a2b0c9d8e7f6a")
                .doesNotContain("s3cr3t-value").doesNotContain("eyJhbGciOiJSUzI1NiIs").contains(Redactor.MASK);
    }

    @Test
    void aLineCutByACrashIsIgnored() throws IOException {
        try (Journal journal = Journal.create(dir, header("r4"), new Redactor(List::of))) {
            journal.onEvent(new RunEvent.StepStarted(T0, "drain", "Drain", List.of("worker-1")));
        }
        Files.writeString(dir.resolve("r4.jsonl"), "{\"type\":\"step-fini", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        RunRecord run = new JournalStore(dir).find("r4");
        assertThat(run.stepStatuses()).containsExactly(Map.entry("drain", StepStatus.RUNNING));
    }

    @Test
    void runsAreFoundByIdPrefixAndListedNewestFirst() {
        try (Journal a = Journal.create(dir, header("20261126-030000-aaaa"), new Redactor(List::of))) {
            a.onEvent(new RunEvent.RunFinished(T0, RunStatus.SUCCEEDED, "done"));
        }
        RunHeader later = new RunHeader("20261126-040000-bbbb", T0.plusSeconds(3600), "ops", "h", "c", "s", "x", "1.0.0",
                "00", "shipped", Map.of());
        Journal.create(dir, later, new Redactor(List::of)).close();
        JournalStore store = new JournalStore(dir);
        assertThat(store.list()).extracting(r -> r.header().runId()).containsExactly("20261126-040000-bbbb", "20261126-030000-aaaa");
        assertThat(store.find("20261126-03").state()).isEqualTo("succeeded");
        assertThat(store.find("20261126-03").resumable()).isFalse();
    }
}
