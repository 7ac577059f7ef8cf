package io.ironbook.lab.ssh;

import io.ironbook.lab.shell.ShellResult;

/** Runs a command line on a named simulated node; what the SSH endpoints call for every exec request. */
@FunctionalInterface
public interface NodeShell {

    ShellResult run(String node, String commandLine);
}
