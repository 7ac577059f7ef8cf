package io.ironbook.collect;

import io.ironbook.remote.OutputListener;
import io.ironbook.remote.OutputStreamKind;

/** Gathers one probe's output, stream by stream, as the lines arrive. */
final class ProbeOutput implements OutputListener {
    private final StringBuilder stdout = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();

    @Override
    public synchronized void onLine(String node, OutputStreamKind stream, String line) {
        (stream == OutputStreamKind.STDOUT ? stdout : stderr).append(line).append('\n');
    }

    synchronized String text(OutputStreamKind stream) {
        return (stream == OutputStreamKind.STDOUT ? stdout : stderr).toString();
    }
}
