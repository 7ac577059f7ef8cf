package io.ironbook.diagnose.evidence;

/**
 * One log record of a bundle file: a physical line, or several when the paste split one record over
 * more lines. The text is normalised (syslog {@code #011} escapes decoded, Markdown quote markers
 * removed) and capped at {@link LogRecordReader#MAX_RECORD} characters so that no pattern runs on an
 * unbounded input.
 *
 * @param file      the bundle file's name
 * @param line      the first physical line of the record, 1-based
 * @param text      the normalised text
 * @param messageStart where the message starts in {@code text}, after the syslog/journal header
 * @param component who wrote it: {@code kubelet}, {@code containerd}, {@code kernel}, {@code systemd},
 *                  another process name, or empty when unknown
 * @param host      the host name of a syslog/journal header, or empty
 */
public record LogRecord(String file, int line, String text, int messageStart, String component, String host) {

    /** The severity the message states about itself, or {@link Level#UNKNOWN}; computed on demand. */
    public Level level() {
        return LogRecordReader.levelOf(text, messageStart);
    }

    /** The record as evidence. */
    public EvidenceLine evidence() {
        return new EvidenceLine(file, line, text);
    }
}
