package io.ironbook.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Stdin for line-mode runs whose answers depend on the world: each line can run an action first (power
 * a lab node on before answering "done"). After the last line it reports the end of input.
 */
final class ScriptedInput extends InputStream {
    private record Line(Runnable before, String text) {
    }

    private final Deque<Line> lines = new ArrayDeque<>();
    private byte[] current = new byte[0];
    private int at;

    ScriptedInput line(String text) {
        return line(() -> { }, text);
    }

    ScriptedInput line(Runnable before, String text) {
        lines.add(new Line(before, text));
        return this;
    }

    @Override
    public synchronized int read() {
        if (at >= current.length) {
            Line next = lines.poll();
            if (next == null) {
                return -1;
            }
            next.before().run();
            current = (next.text() + "\n").getBytes(StandardCharsets.UTF_8);
            at = 0;
        }
        return current[at++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int first = read();
        if (first < 0) {
            return -1;
        }
        buffer[offset] = (byte) first;
        int n = 1;
        while (n < length && at < current.length) {
            buffer[offset + n++] = current[at++];
        }
        return n;
    }
}
