package io.ironbook.lab.node;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The text shapes real nodes log in: klog lines from the kubelet, logfmt lines from containerd, and
 * the journal's syslog prefix.
 */
public final class LogLines {
    private static final DateTimeFormatter KLOG = DateTimeFormatter.ofPattern("MMdd HH:mm:ss.SSSSSS", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SYSLOG = DateTimeFormatter.ofPattern("MMM dd HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter RFC3339_NANOS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private LogLines() {
    }

    /** A klog line: {@code E1024 11:07:02.248428  397647 file.go:NN] "msg" key="value"}. */
    public static String klog(char severity, Instant time, int pid, String source, String message) {
        return severity + KLOG.format(time) + String.format(Locale.ROOT, " %7d ", pid) + source + "] " + message;
    }

    /** A containerd logfmt line: {@code time="..." level=error msg="..." error="..."}. */
    public static String logfmt(Instant time, String level, String message, String error) {
        String line = "time=\"" + RFC3339_NANOS.format(time) + "\" level=" + level + " msg=\"" + escape(message) + "\"";
        return error == null ? line : line + " error=\"" + escape(error) + "\"";
    }

    /** The journal's short-format prefix: {@code Mon DD HH:MM:SS host ident[pid]: }. */
    public static String journal(JournalEntry entry, String host) {
        String ident = entry.pid() == 0 ? entry.identifier() : entry.identifier() + "[" + entry.pid() + "]";
        return SYSLOG.format(entry.time()) + " " + host + " " + ident + ": " + entry.message();
    }

    /** Quotes like Go's %q does for the characters logs carry. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t");
    }
}
