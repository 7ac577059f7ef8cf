package io.ironbook.remote;

import java.time.Duration;
import java.util.Optional;

/** A command that has already ended, for test doubles of {@link RemoteShell}. */
public record FinishedCommand(CommandResult result) implements RunningCommand {

    @Override
    public String node() {
        return result.node();
    }

    @Override
    public CommandResult await() {
        return result;
    }

    @Override
    public Optional<CommandResult> await(Duration limit) {
        return Optional.of(result);
    }

    @Override
    public void cancel() {
    }
}
