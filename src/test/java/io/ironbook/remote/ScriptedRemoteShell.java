package io.ironbook.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link RemoteShell} test double for the engine, collect and console tests: answers commands from a
 * script (per node, by exact command line), records what ran, and fails nodes on demand. Output is
 * delivered synchronously, stdout lines then stderr lines.
 */
public final class ScriptedRemoteShell implements RemoteShell {

    /** A canned answer. */
    public record Answer(List<String> stdout, List<String> stderr, int exitStatus) {
        public static Answer ok(String... lines) {
            return new Answer(List.of(lines), List.of(), 0);
        }

        public static Answer exit(int status, String... stderr) {
            return new Answer(List.of(), List.of(stderr), status);
        }
    }

    /** One command that ran. */
    public record Ran(String node, RemoteCommand command) {
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, RemoteException.Failure> failures = new ConcurrentHashMap<>();
    private final List<Ran> ran = new CopyOnWriteArrayList<>();

    /** Answers the command line on the node ({@code "*"}: on every node). */
    public ScriptedRemoteShell on(String node, String commandLine, Answer answer) {
        answers.put(node + "\u0000" + commandLine, answer);
        return this;
    }

    /** Makes every connection to the node fail this way. */
    public ScriptedRemoteShell failing(String node, RemoteException.Failure failure) {
        failures.put(node, failure);
        return this;
    }

    /** The commands run so far, in order. */
    public List<Ran> ran() {
        return new ArrayList<>(ran);
    }

    @Override
    public RunningCommand start(SshTarget target, RemoteCommand command, OutputListener listener) throws RemoteException {
        connect(target);
        ran.add(new Ran(target.node(), command));
        Answer answer = answers.getOrDefault(target.node() + "\u0000" + command.commandLine(),
                answers.getOrDefault("*\u0000" + command.commandLine(),
                        Answer.exit(127, "bash: " + command.commandLine().split(" ")[0] + ": command not found")));
        answer.stdout().forEach(line -> listener.onLine(target.node(), OutputStreamKind.STDOUT, line));
        answer.stderr().forEach(line -> listener.onLine(target.node(), OutputStreamKind.STDERR, line));
        CommandResult result = new CommandResult(target.node(), CommandResult.Outcome.EXITED,
                Optional.of(answer.exitStatus()), Optional.empty(), Duration.ZERO);
        return new FinishedCommand(result);
    }

    @Override
    public void connect(SshTarget target) throws RemoteException {
        RemoteException.Failure failure = failures.get(target.node());
        if (failure != null) {
            throw new RemoteException(failure, target.node(), target.node() + ": scripted " + failure);
        }
    }

    @Override
    public void awaitReachable(SshTarget target, Duration limit) throws RemoteException {
        connect(target);
    }

    @Override
    public void disconnect(SshTarget target) {
    }

    @Override
    public void close() {
    }
}
