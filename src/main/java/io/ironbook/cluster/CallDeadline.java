package io.ironbook.cluster;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The deadline of every API call, whatever the HTTP client does: the call runs on a thread of ours and the
 * caller stops waiting at the deadline. A server that accepts the connection and never answers costs one
 * deadline and a {@link ClusterException} of kind UNREACHABLE; an interrupt stops the wait and is kept.
 * What the call itself throws reaches the caller unchanged.
 */
final class CallDeadline {
    /** The longest any one API call may take by default, retries included. */
    static final Duration DEFAULT = Duration.ofSeconds(60);

    private static final ExecutorService CALLS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "ironbook-api-call");
        thread.setDaemon(true);
        return thread;
    });

    private final String server;
    private volatile Duration limit = DEFAULT;

    CallDeadline(String server) {
        this.server = server;
    }

    /** Shortens the deadline (tests of a server that never answers). */
    void limit(Duration newLimit) {
        this.limit = newLimit;
    }

    /**
     * Runs {@code action} within the deadline.
     *
     * @param what the call, for the message ("list nodes")
     */
    <T> T within(String what, Supplier<T> action) {
        Future<T> answer = CALLS.submit(action::get);
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new ClusterException(ClusterException.Kind.UNREACHABLE, what + ": no answer from " + server
                    + " within " + HumanDuration.format(limit), e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new ClusterException(ClusterException.Kind.API, what + " interrupted", e);
        }
    }
}
