package io.ironbook.diagnose.evidence;

/**
 * What happened to one probe of a collection: which bundle file it was for, the command it ran, and
 * whether it failed and why (a timeout, SSH unreachable, the command missing on the node).
 *
 * @param file    the bundle file the probe writes
 * @param command the command run, or the API call made
 * @param ok      whether the probe produced its file
 * @param detail  why it failed, or empty
 */
public record ProbeOutcome(String file, String command, boolean ok, String detail) {
}
