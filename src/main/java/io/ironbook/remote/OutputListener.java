package io.ironbook.remote;

/**
 * Receives a remote command's output line by line as it arrives. Called from reader threads, one
 * per stream; implementations must be thread-safe and must not block for long.
 */
@FunctionalInterface
public interface OutputListener {

    /** A listener that drops everything. */
    OutputListener NONE = (node, stream, line) -> { };

    /**
     * One complete line, without its line terminator.
     *
     * @param node   the node the command runs on ({@link SshTarget#node()})
     * @param stream stdout or stderr
     * @param line   the text
     */
    void onLine(String node, OutputStreamKind stream, String line);
}
