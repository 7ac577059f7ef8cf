package io.ironbook.diagnose.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, {@code \r\n} or {@code \r}) and decodes each as UTF-8
 * (malformed bytes become U+FFFD). Faster than a {@link java.io.BufferedReader} over a decoder for large
 * journals: ASCII lines are copied, not decoded character by character. A line longer than
 * {@link #MAX_LINE} bytes is cut there.
 */
final class ByteLines {

    static final int MAX_LINE = 1 << 20;

    private ByteLines() {
    }

    /** Takes each line, and whether it holds a {@code #} (so may hold a syslog escape). */
    interface Sink {
        void line(String line, boolean hasHash);
    }

    static void forEach(InputStream in, Sink sink) throws IOException {
        byte[] buf = new byte[1 << 16];
        int start = 0;
        int end = 0;
        boolean skipLf = false;
        boolean hash = false;
        while (true) {
            if (start > 0 && start == end) {
                start = 0;
                end = 0;
            }
            if (end == buf.length) {
                if (start > 0) {
                    System.arraycopy(buf, start, buf, 0, end - start);
                    end -= start;
                    start = 0;
                } else if (buf.length < MAX_LINE) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                } else {
                    sink.line(new String(buf, 0, end, StandardCharsets.UTF_8), true);
                    start = 0;
                    end = 0;
                }
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                break;
            }
            int scan = end;
            end += n;
            for (int i = scan; i < end; i++) {
                byte b = buf[i];
                if (skipLf) {
                    skipLf = false;
                    if (b == '\n') {
                        start = i + 1;
                        continue;
                    }
                }
                if (b == '\n' || b == '\r') {
                    sink.line(new String(buf, start, i - start, StandardCharsets.UTF_8), hash);
                    start = i + 1;
                    skipLf = b == '\r';
                    hash = false;
                } else if (b == '#') {
                    hash = true;
                }
            }
        }
        if (end > start) {
            sink.line(new String(buf, start, end - start, StandardCharsets.UTF_8), hash);
        }
    }
}
