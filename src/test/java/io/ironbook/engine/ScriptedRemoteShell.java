package io.ironbook.engine;

import io.ironbook.remote.CommandResult;
import io.ironbook.remote.OutputListener;
import io.ironbook.remote.OutputStreamKind;
import io.ironbook.remote.RemoteCommand;
import io.ironbook.remote.RemoteException;
import io.ironbook.remote.RemoteShell;
import io.ironbook.remote.RunningCommand;
import io.ironbook.remote.SshTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** An SSH shell that answers commands from a script, for engine tests; it records every command line. */
final class ScriptedRemoteShell implements RemoteShell {

    /** An answer to commands matching a pattern. */
    record Reply(Pattern pattern, int exit, List<String> lines, boolean disconnect, Consumer<String> effect) {
    }

    private final List<Reply> replies = new CopyOnWriteArrayList<>();
    final List<String> commandLines = new CopyOnWriteArrayList<>();
    final Set<String> down = ConcurrentHashMap.newKeySet();

    ScriptedRemoteShell on(String regex, int exit, String... lines) {
        replies.add(0, new Reply(Pattern.compile(regex), exit, List.of(lines), false, node -> { }));
        return this;
    }

    ScriptedRemoteShell onDisconnect(String regex, Consumer<String> effect) {
        replies.add(0, new Reply(Pattern.compile(regex), 0, List.of(), true, effect));
        return this;
    }

    ScriptedRemoteShell onEffect(String regex, int exit, Consumer<String> effect, String... lines) {
        replies.add(0, new Reply(Pattern.compile(regex), exit, List.of(lines), false, effect));
        return this;
    }

    @Override
    public RunningCommand start(SshTarget target, RemoteCommand command, OutputListener listener) throws RemoteException {
        connect(target);
        String line = command.commandLine();
        commandLines.add(target.node() + ": " + line);
        Reply reply = replies.stream().filter(r -> r.pattern().matcher(command.command()).find()).findFirst()
                .orElse(new Reply(Pattern.compile(""), 127, List.of("sh: command not found"), false, n -> { }));
        for (String out : reply.lines()) {
            listener.onLine(target.node(), reply.exit() == 0 ? OutputStreamKind.STDOUT : OutputStreamKind.STDERR, out);
        }
        reply.effect().accept(target.node());
        CommandResult result;
        if (reply.disconnect() && command.expectDisconnect()) {
            result = new CommandResult(target.node(), CommandResult.Outcome.DISCONNECTED_AS_EXPECTED, Optional.empty(),
                    Optional.empty(), Duration.ofMillis(1));
        } else {
            result = new CommandResult(target.node(), CommandResult.Outcome.EXITED, Optional.of(reply.exit()), Optional.empty(),
                    Duration.ofMillis(1));
        }
        return new io.ironbook.remote.FinishedCommand(result);
    }

    @Override
    public void connect(SshTarget target) throws RemoteException {
        if (down.contains(target.node())) {
            throw new RemoteException(RemoteException.Failure.UNREACHABLE, target.node(), target.node() + ": connection refused");
        }
    }

    @Override
    public void awaitReachable(SshTarget target, Duration limit) throws RemoteException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (down.contains(target.node())) {
            if (Instant.now().isAfter(deadline)) {
                throw new RemoteException(RemoteException.Failure.UNREACHABLE, target.node(), "still unreachable");
            }
            Thread.sleep(5);
        }
    }

    @Override
    public void disconnect(SshTarget target) {
    }

    @Override
    public void close() {
    }

    List<String> commands() {
        return new ArrayList<>(commandLines);
    }
}
