package io.ironbook.diagnose.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Streams a bundle file as {@link LogRecord}s, one physical line at a time, surviving what real
 * pastes do to logs: syslog {@code #011} escapes, localized month names, Markdown fences and quote
 * markers around the text, a record split over two physical lines (a line that starts with no header
 * continues the record before it), lines cut by a pager, kubelet under another process name, and klog
 * severity letters. Header detection is written by hand, so a 200,000-line journal costs no regex per
 * line.
 */
public final class LogRecordReader {

    /** Longest record matched by the rules; longer text is cut, so no pattern ever sees more. */
    public static final int MAX_RECORD = 4096;

    private final String file;
    private final String defaultComponent;
    private int lineNumber;
    private final LogHeader.Names names = new LogHeader.Names();

    private String pending;
    private StringBuilder joined;
    private int pendingLine;
    private boolean pendingHeaded;
    private int pendingMessageStart;
    private String pendingComponent;
    private String pendingHost;

    /**
     * @param file             the bundle file's name, recorded in every record
     * @param defaultComponent who wrote lines that name no process (e.g. {@code kubelet} for
     *                         {@code journal-kubelet.log}), or empty
     */
    public LogRecordReader(String file, String defaultComponent) {
        this.file = file;
        this.defaultComponent = defaultComponent;
    }

    /** Reads every record of the reader and hands each to {@code sink}, in order. */
    public void read(BufferedReader reader, Consumer<LogRecord> sink) throws IOException {
        String raw;
        while ((raw = reader.readLine()) != null) {
            line(raw, sink);
        }
        end(sink);
    }

    /** Takes the next physical line; a record is handed to {@code sink} once it is complete. */
    public void line(String raw, Consumer<LogRecord> sink) {
        accept(raw, raw.indexOf('#') >= 0, ++lineNumber, sink);
    }

    /** As {@link #line(String, Consumer)}, when the caller already knows whether the line holds a {@code #}. */
    public void line(String raw, boolean hasHash, Consumer<LogRecord> sink) {
        accept(raw, hasHash, ++lineNumber, sink);
    }

    /** Hands the last record to {@code sink}; call once after the last line. */
    public void end(Consumer<LogRecord> sink) {
        flush(sink);
    }

    private void accept(String raw, boolean hasHash, int number, Consumer<LogRecord> sink) {
        String line = raw.length() > MAX_RECORD ? raw.substring(0, MAX_RECORD) : raw;
        if (hasHash && line.indexOf("#0") >= 0) {
            line = decodeSyslogEscapes(line);
        }
        String trimmed = line.strip();
        if (trimmed.startsWith(">")) {
            trimmed = trimmed.substring(1).strip();
        }
        if (trimmed.isEmpty() || trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
            flush(sink);
            return;
        }
        LogHeader header = LogHeader.parse(trimmed, names);
        if (header == null && pending != null && pendingHeaded && !startsOwnRecord(trimmed)
                && length() + trimmed.length() < MAX_RECORD) {
            if (joined == null) {
                joined = new StringBuilder(pending.length() + trimmed.length() + 16).append(pending);
            }
            if (joined.charAt(joined.length() - 1) != ' ') {
                joined.append(' ');
            }
            joined.append(trimmed);
            return;
        }
        flush(sink);
        pending = trimmed;
        pendingLine = number;
        pendingHeaded = header != null;
        pendingMessageStart = header == null ? 0 : Math.min(header.messageStart(), trimmed.length());
        String component = header == null ? "" : header.component();
        pendingComponent = component.isEmpty() ? defaultComponent : component;
        pendingHost = header == null ? "" : header.host();
    }

    private int length() {
        return joined != null ? joined.length() : pending.length();
    }

    private void flush(Consumer<LogRecord> sink) {
        if (pending != null) {
            String text = joined != null ? joined.toString() : pending;
            sink.accept(new LogRecord(file, pendingLine, text, pendingMessageStart, pendingComponent, pendingHost));
            pending = null;
            joined = null;
        }
    }

    private static boolean startsOwnRecord(String trimmed) {
        char c = trimmed.charAt(0);
        return c == '$' || c == '#' || c == '●' || c == '○' || c == '×' || trimmed.startsWith("-- ");
    }

    /** Decodes rsyslog's {@code #ooo} octal escapes of control characters ({@code #011} is a tab). */
    static String decodeSyslogEscapes(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '#' && i + 3 < line.length() && line.charAt(i + 1) == '0'
                    && isOctal(line, i + 2) && isOctal(line, i + 3)) {
                out.append((char) Integer.parseInt(line.substring(i + 1, i + 4), 8));
                i += 4;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isOctal(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7';
    }

    /**
     * The level a message (starting at {@code from} in {@code text}) states about itself: klog letter,
     * {@code level=} or JSON {@code "level"} within its first 300 characters, or kubeadm's {@code [ERROR x]}.
     */
    static Level levelOf(String text, int from) {
        if (text.length() > from + 5) {
            char c = text.charAt(from);
            if ((c == 'I' || c == 'W' || c == 'E' || c == 'F') && digits(text, from + 1, 4) && text.charAt(from + 5) == ' ') {
                return Level.fromWord(String.valueOf(c)).orElse(Level.UNKNOWN);
            }
        }
        if (text.startsWith("[ERROR", from)) {
            return Level.ERROR;
        }
        if (text.startsWith("[WARNING", from)) {
            return Level.WARNING;
        }
        int limit = Math.min(text.length(), from + 300);
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) != 'l') {
                continue;
            }
            if (text.startsWith("level=", i)) {
                return Level.fromWord(word(text, i + 6)).orElse(Level.UNKNOWN);
            }
            if (i > 0 && text.charAt(i - 1) == '"' && text.startsWith("level\":", i)) {
                return Level.fromWord(word(text, i + 7)).orElse(Level.UNKNOWN);
            }
        }
        return Level.UNKNOWN;
    }

    private static String word(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == ' ')) {
            i++;
        }
        int start = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return s.substring(start, i);
    }

    static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Maps a process name to the component it runs; kubelet runs inside several other binaries. */
    static String componentOf(String process) {
        String p = process.toLowerCase(java.util.Locale.ROOT);
        return switch (p) {
            case "kubelet", "hyperkube", "k3s", "k3s-server", "k3s-agent", "kubelite", "rke2",
                    "microk8s.daemon-kubelite", "microk8s.daemon-kubelet" -> "kubelet";
            case "containerd", "containerd-shim", "containerd-shim-runc-v2" -> "containerd";
            case "dockerd", "docker" -> "docker";
            case "crio", "cri-o" -> "crio";
            default -> p;
        };
    }

}
