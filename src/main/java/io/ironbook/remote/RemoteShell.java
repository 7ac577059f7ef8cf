package io.ironbook.remote;

import java.time.Duration;

/**
 * Runs commands on nodes over SSH. Keeps one authenticated connection per target and runs many
 * commands on it, in parallel sessions when asked. Thread-safe.
 */
public interface RemoteShell extends AutoCloseable {

    /**
     * Starts a command and returns at once; output goes to the listener line by line as it arrives.
     * Connects (and authenticates) first when there is no live connection to the target.
     *
     * @throws RemoteException when the node cannot be reached, trusted or logged into
     */
    RunningCommand start(SshTarget target, RemoteCommand command, OutputListener listener)
            throws RemoteException, InterruptedException;

    /** Runs a command to its end; see {@link #start}. */
    default CommandResult run(SshTarget target, RemoteCommand command, OutputListener listener)
            throws RemoteException, InterruptedException {
        return start(target, command, listener).await();
    }

    /**
     * Connects and authenticates (or checks the pooled connection), so that later commands start at
     * once; the connection is kept.
     */
    void connect(SshTarget target) throws RemoteException, InterruptedException;

    /**
     * Waits until the node accepts an SSH login, for example after a reboot: retries until the limit.
     * Host-key and authentication failures end the wait at once, since retrying cannot fix them.
     *
     * @throws RemoteException the last failure, when the limit passed
     */
    void awaitReachable(SshTarget target, Duration limit) throws RemoteException, InterruptedException;

    /** Drops the pooled connection to the target, if any (for example before a reboot). */
    void disconnect(SshTarget target);

    /** Closes every connection. */
    @Override
    void close();
}
