package io.ironbook.lab.shell;

/**
 * What a command line produced on a simulated node.
 *
 * @param out        standard output
 * @param err        standard error
 * @param exitStatus the exit status of the last pipeline that ran
 * @param disconnect the machine is going down: the SSH connection drops without an exit status
 */
public record ShellResult(String out, String err, int exitStatus, boolean disconnect) {
}
