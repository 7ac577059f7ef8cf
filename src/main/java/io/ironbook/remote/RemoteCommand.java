package io.ironbook.remote;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One command to run on a node. The command line is passed to the remote user's shell as is, so every
 * parameter in it must already be quoted ({@link ShellQuote#quote(String)}).
 *
 * @param command          the shell command line
 * @param sudo             run it as root through {@code sudo -n} (never prompting for a password)
 * @param timeout          how long it may run before it is cancelled; empty: no limit
 * @param expectDisconnect the connection dropping counts as success ({@code reboot}, {@code shutdown})
 */
public record RemoteCommand(String command, boolean sudo, Optional<Duration> timeout, boolean expectDisconnect) {

    public RemoteCommand {
        Objects.requireNonNull(command, "command");
        if (command.isBlank()) {
            throw new IllegalArgumentException("empty command");
        }
        timeout = Objects.requireNonNull(timeout);
        timeout.ifPresent(t -> {
            if (t.isNegative() || t.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + t);
            }
        });
    }

    /** A command run as the login user, with no timeout. */
    public static RemoteCommand of(String command) {
        return new RemoteCommand(command, false, Optional.empty(), false);
    }

    public RemoteCommand withSudo() {
        return new RemoteCommand(command, true, timeout, expectDisconnect);
    }

    public RemoteCommand withTimeout(Duration limit) {
        return new RemoteCommand(command, sudo, Optional.of(limit), expectDisconnect);
    }

    public RemoteCommand expectingDisconnect() {
        return new RemoteCommand(command, sudo, timeout, true);
    }

    /** The command line sent to the server: wrapped in {@code sudo -n sh -c '…'} when sudo is asked. */
    public String commandLine() {
        return sudo ? "sudo -n -- sh -c " + ShellQuote.quote(command) : command;
    }
}
