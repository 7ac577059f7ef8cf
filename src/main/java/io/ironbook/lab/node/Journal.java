package io.ironbook.lab.node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A bounded journal of one unit (or the kernel), oldest first. Guarded by the node's lock. */
public final class Journal {
    private static final int CAPACITY = 1000;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();

    void add(JournalEntry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** The last {@code n} entries, oldest first ({@code n < 0}: all of them). */
    public List<JournalEntry> tail(int n) {
        List<JournalEntry> all = new ArrayList<>(entries);
        if (n < 0 || n >= all.size()) {
            return all;
        }
        return all.subList(all.size() - n, all.size());
    }

    public int size() {
        return entries.size();
    }

    void clear() {
        entries.clear();
    }
}
