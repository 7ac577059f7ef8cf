package io.ironbook.lab.shell;

import io.ironbook.lab.node.NodeOs;
import io.ironbook.lab.node.NodeState;
import java.time.Instant;
import java.util.List;

/**
 * One run of one simulated command: its name and arguments, standard input, the two output buffers,
 * the node it runs on and the simulated time. Commands run while holding the node's lock.
 */
final class Invocation {
    private final String name;
    private final List<String> args;
    private final String stdin;
    private final NodeOs os;
    private final Instant now;
    private final Interpreter interpreter;
    final StringBuilder out = new StringBuilder();
    final StringBuilder err = new StringBuilder();

    Invocation(String name, List<String> args, String stdin, NodeOs os, Instant now, Interpreter interpreter) {
        this.name = name;
        this.args = List.copyOf(args);
        this.stdin = stdin;
        this.os = os;
        this.now = now;
        this.interpreter = interpreter;
    }

    String name() {
        return name;
    }

    List<String> args() {
        return args;
    }

    String stdin() {
        return stdin;
    }

    NodeOs os() {
        return os;
    }

    NodeState node() {
        return os.state();
    }

    Instant now() {
        return now;
    }

    Interpreter interpreter() {
        return interpreter;
    }

    /** Appends a line to standard output. */
    void println(String line) {
        out.append(line).append('\n');
    }

    /** Appends a line to standard error. */
    void error(String line) {
        err.append(line).append('\n');
    }

    /** Prints {@code name: message} on standard error and returns the status. */
    int fail(int status, String message) {
        error(name + ": " + message);
        return status;
    }
}
