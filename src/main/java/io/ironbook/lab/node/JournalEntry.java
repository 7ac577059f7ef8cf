package io.ironbook.lab.node;

import java.time.Instant;

/**
 * One journal record: when, which boot, the syslog identifier with its pid, and the message.
 *
 * @param time       when it was logged (simulated time)
 * @param bootId     the boot it belongs to
 * @param identifier the syslog identifier ({@code kubelet}, {@code systemd}, {@code kernel})
 * @param pid        the process id, 0 for the kernel
 * @param message    the text
 */
public record JournalEntry(Instant time, String bootId, String identifier, int pid, String message) {
}
