package io.ironbook.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Who runs a runbook and from where, recorded in journals, cordon annotations and locks.
 *
 * @param user the OS user
 * @param host the machine's name
 */
public record Operator(String user, String host) {

    public Operator {
        Objects.requireNonNull(user);
        Objects.requireNonNull(host);
    }

    /** The current OS user on this machine. */
    public static Operator current() {
        String user = System.getProperty("user.name", "unknown");
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = System.getenv().getOrDefault("HOSTNAME", "unknown");
        }
        return new Operator(user, host);
    }

    @Override
    public String toString() {
        return user + "@" + host;
    }
}
