package io.ironbook.diagnose.evidence;

import static io.ironbook.diagnose.evidence.LogRecordReader.componentOf;
import static io.ironbook.diagnose.evidence.LogRecordReader.digits;

/**
 * The header of a log line, read by hand (no regex per line): syslog/journal stamps with any month
 * word, ISO stamps, dmesg stamps, klog, logfmt and JSON starts; where the message starts, which
 * component wrote it and on which host.
 *
 * @param messageStart where the message starts in the line
 * @param component    who wrote it, or empty
 * @param host         the header's host name, or empty
 */
record LogHeader(int messageStart, String component, String host) {

    /** The last host and process seen, so that a journal's repeated header words are not copied per line. */
    static final class Names {
        String host = "";
        String process = "";
        String component = "";

        String host(String s, int from, int to) {
            if (!(host.length() == to - from && s.regionMatches(from, host, 0, to - from))) {
                host = s.substring(from, to);
            }
            return host;
        }

        String component(String s, int from, int to) {
            if (!(process.length() == to - from && s.regionMatches(from, process, 0, to - from))) {
                process = s.substring(from, to);
                component = componentOf(process);
            }
            return component;
        }
    }


    static LogHeader parse(String s, Names names) {
        char c = s.charAt(0);
        if (c == '[') {
            int close = s.indexOf(']');
            if (close > 1 && close < 40 && looksLikeKernelStamp(s, close)) {
                return new LogHeader(close + 1 < s.length() ? close + 2 : close + 1, "kernel", "");
            }
            return null;
        }
        if ((c == 'I' || c == 'W' || c == 'E' || c == 'F') && digits(s, 1, 4) && s.length() > 5 && s.charAt(5) == ' ') {
            return new LogHeader(0, "", "");
        }
        if (s.startsWith("time=\"") || s.startsWith("{\"")) {
            return new LogHeader(0, "", "");
        }
        int afterStamp = isoStamp(s);
        if (afterStamp < 0) {
            afterStamp = syslogStamp(s);
        }
        if (afterStamp < 0) {
            return null;
        }
        return afterTimestamp(s, afterStamp, names);
    }

    private static boolean looksLikeKernelStamp(String s, int close) {
        for (int i = 1; i < close; i++) {
            char ch = s.charAt(i);
            if (!(Character.isDigit(ch) || ch == ' ' || ch == '.' || ch == ':' || Character.isLetter(ch))) {
                return false;
            }
        }
        return Character.isDigit(s.charAt(close - 1));
    }

    /** {@code 2024-08-28T08:25:13(.123)?(Z|+08:00)?} or with a space; returns the index after it. */
    private static int isoStamp(String s) {
        if (s.length() < 19 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-'
                || !digits(s, 8, 2) || (s.charAt(10) != 'T' && s.charAt(10) != ' ') || !digits(s, 11, 2)
                || s.charAt(13) != ':') {
            return -1;
        }
        int i = 11;
        while (i < s.length() && s.charAt(i) != ' ') {
            i++;
        }
        if (s.charAt(10) == ' ') {
            i = 19;
            while (i < s.length() && s.charAt(i) != ' ') {
                i++;
            }
        }
        return i;
    }

    /** {@code Mmm dd hh:mm:ss} with any month word up to 9 characters (localized); index after it. */
    private static int syslogStamp(String s) {
        int i = 0;
        while (i < s.length() && i < 10 && s.charAt(i) != ' ') {
            i++;
        }
        if (i == 0 || i >= 10 || i >= s.length()) {
            return -1;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int dayStart = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i - dayStart < 1 || i - dayStart > 2 || i >= s.length() || s.charAt(i) != ' ') {
            return -1;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (!digits(s, i, 2) || i + 8 > s.length() || s.charAt(i + 2) != ':' || !digits(s, i + 3, 2)
                || s.charAt(i + 5) != ':' || !digits(s, i + 6, 2)) {
            return -1;
        }
        i += 8;
        while (i < s.length() && s.charAt(i) != ' ') {
            i++;
        }
        return i;
    }

    private static LogHeader afterTimestamp(String s, int from, Names names) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int hostStart = i;
        while (i < s.length() && s.charAt(i) != ' ') {
            i++;
        }
        int hostEnd = i;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int procStart = i;
        while (i < s.length() && s.charAt(i) != '[' && s.charAt(i) != ':' && s.charAt(i) != ' ') {
            i++;
        }
        if (i >= s.length() || s.charAt(i) == ' ') {
            return new LogHeader(hostStart, "", "");
        }
        String host = names.host(s, hostStart, hostEnd);
        String component = names.component(s, procStart, i);
        if (s.charAt(i) == '[') {
            int close = s.indexOf(']', i);
            if (close < 0) {
                return new LogHeader(hostStart, "", host);
            }
            i = close + 1;
        }
        if (i < s.length() && s.charAt(i) == ':') {
            i++;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return new LogHeader(i, component, host);
    }
}
