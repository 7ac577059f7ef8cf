package io.ironbook.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class FanOutTest {

    @Test
    void everyNodeGetsAnOutcomeInTheTargetsOrder() throws Exception {
        ScriptedRemoteShell shell = new ScriptedRemoteShell()
                .on("*", "uptime", ScriptedRemoteShell.Answer.ok("up 3 days"))
                .on("n2", "uptime", ScriptedRemoteShell.Answer.exit(3, "uptime: broken"))
                .failing("n3", RemoteException.Failure.HOST_KEY_CHANGED);
        List<String> lines = new CopyOnWriteArrayList<>();
        FanOut.Listener listener = (node, stream, line) -> lines.add(node + " " + stream + " " + line);
        List<SshTarget> targets = List.of(SshTarget.of("n1", "10.0.0.1", 22, "ops"), SshTarget.of("n2", "10.0.0.2", 22, "ops"),
                SshTarget.of("n3", "10.0.0.3", 22, "ops"), SshTarget.of("n4", "10.0.0.4", 22, "ops"));
        List<FanOut.NodeOutcome> outcomes = new FanOut(shell, 2).run(targets, RemoteCommand.of("uptime"), listener);
        assertThat(outcomes).extracting(FanOut.NodeOutcome::node).containsExactly("n1", "n2", "n3", "n4");
        assertThat(outcomes).extracting(FanOut.NodeOutcome::succeeded).containsExactly(true, false, false, true);
        assertThat(outcomes.get(1).result().orElseThrow().exitStatus()).contains(3);
        assertThat(outcomes.get(2).failure()).contains(RemoteException.Failure.HOST_KEY_CHANGED);
        assertThat(lines).containsExactlyInAnyOrder("n1 STDOUT up 3 days", "n2 STDERR uptime: broken", "n4 STDOUT up 3 days");
        assertThat(shell.ran()).hasSize(3);
    }
}
