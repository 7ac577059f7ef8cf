package io.ironbook.remote;

import java.time.Duration;
import java.util.Optional;

/** A command started on a node: wait for it, or cancel it. */
public interface RunningCommand {

    /** The node it runs on. */
    String node();

    /**
     * Waits until the command ends (or its own timeout cancels it) and returns how it ended.
     *
     * @throws RemoteException when the connection broke and the command did not expect it
     */
    CommandResult await() throws RemoteException, InterruptedException;

    /** Waits at most the given time; empty when it is still running. */
    Optional<CommandResult> await(Duration limit) throws RemoteException, InterruptedException;

    /**
     * Cancels the command: sends it SIGTERM, and closes its channel when it has not ended shortly
     * after. Returns at once; {@link #await()} then reports {@code CANCELLED}.
     */
    void cancel();
}
