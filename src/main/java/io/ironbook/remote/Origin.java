package io.ironbook.remote;

/**
 * Where one setting of an {@link SshTarget} came from: the setting, its value and the file and line
 * that gave it ({@code "ansible_host", "10.0.0.11", "hosts.ini", 12}).
 *
 * @param setting the setting's name as written in the source ({@code HostName}, {@code ansible_host})
 * @param value   the value it gave
 * @param source  the file name, or a description such as {@code "cluster API"} or {@code "default"}
 * @param line    the 1-based line, or 0 when the source has no lines
 */
public record Origin(String setting, String value, String source, int line) {

    /** {@code source:line}, or just the source when it has no lines. */
    public String location() {
        return line > 0 ? source + ":" + line : source;
    }

    @Override
    public String toString() {
        return setting + "=" + value + " (" + location() + ")";
    }
}
