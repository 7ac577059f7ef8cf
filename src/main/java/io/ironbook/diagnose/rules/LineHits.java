package io.ironbook.diagnose.rules;

import io.ironbook.diagnose.evidence.EvidenceLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The lines one log condition matched while the bundle streamed by: how many, and the first and last
 * few (with their captures), so that a journal of any size costs bounded memory.
 */
final class LineHits {

    /** How many of the first and of the last matches are kept. */
    static final int KEEP = 12;

    /** One matching line and what the regex captured from it. */
    record Hit(EvidenceLine evidence, Map<String, String> captures) {
    }

    private final List<Hit> first = new ArrayList<>();
    private final Deque<Hit> last = new ArrayDeque<>();
    private long count;

    void add(Hit hit) {
        count++;
        keep(hit);
    }

    /** Appends the matches of a later file: the first and last few of the two together stay kept. */
    void append(LineHits later) {
        for (Hit hit : later.kept()) {
            keep(hit);
        }
        count += later.count;
    }

    private void keep(Hit hit) {
        if (first.size() < KEEP) {
            first.add(hit);
            return;
        }
        last.addLast(hit);
        if (last.size() > KEEP) {
            last.removeFirst();
        }
    }

    long count() {
        return count;
    }

    /** The kept matches, in file order. */
    List<Hit> kept() {
        List<Hit> all = new ArrayList<>(first);
        all.addAll(last);
        return all;
    }
}
