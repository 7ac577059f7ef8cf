package io.ironbook.remote;

/** Which of a remote command's output streams a line came from. */
public enum OutputStreamKind {
    STDOUT,
    STDERR
}
