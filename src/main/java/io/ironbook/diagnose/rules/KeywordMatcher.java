package io.ironbook.diagnose.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of many lower-case ASCII words occur in a text, ignoring ASCII case, in one pass over the
 * text (an Aho-Corasick automaton compiled to a transition table). This is what keeps a 200,000-line
 * journal cheap: each line is read once, however many rules there are. Any character outside ASCII
 * ends a partial match, since the words are ASCII. Characters outside ASCII end
 * any partial match (the words are ASCII).
 */
final class KeywordMatcher {

    private static final int ALPHABET = 128;

    private final Map<String, Integer> ids;
    private final int[] delta;
    private final long[][] output;
    private final int words;

    private KeywordMatcher(Map<String, Integer> ids, int[] delta, long[][] output) {
        this.ids = ids;
        this.delta = delta;
        this.output = output;
        this.words = ids.size();
    }

    /** Compiles the words (lower-case ASCII; duplicates allowed). */
    static KeywordMatcher of(List<String> wordList) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String w : wordList) {
            if (w.isEmpty() || !w.chars().allMatch(c -> c < ALPHABET)) {
                throw new IllegalArgumentException("keywords are non-empty ASCII: '" + w + "'");
            }
            ids.putIfAbsent(w, ids.size());
        }
        int longs = Math.max(1, (ids.size() + 63) / 64);
        List<int[]> gotos = new ArrayList<>();
        List<long[]> outs = new ArrayList<>();
        gotos.add(newRow());
        outs.add(new long[longs]);
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            int state = 0;
            for (char c : e.getKey().toCharArray()) {
                int next = gotos.get(state)[c];
                if (next < 0) {
                    next = gotos.size();
                    gotos.add(newRow());
                    outs.add(new long[longs]);
                    gotos.get(state)[c] = next;
                }
                state = next;
            }
            outs.get(state)[e.getValue() >>> 6] |= 1L << (e.getValue() & 63);
        }
        int n = gotos.size();
        int[] delta = new int[n * ALPHABET];
        int[] fail = new int[n];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int next = gotos.get(0)[c];
            if (next < 0) {
                delta[c] = 0;
            } else {
                delta[c] = next;
                fail[next] = 0;
                queue.add(next);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            long[] out = outs.get(state);
            long[] inherited = outs.get(fail[state]);
            for (int i = 0; i < longs; i++) {
                out[i] |= inherited[i];
            }
            for (int c = 0; c < ALPHABET; c++) {
                int next = gotos.get(state)[c];
                if (next < 0) {
                    delta[state * ALPHABET + c] = delta[fail[state] * ALPHABET + c];
                } else {
                    delta[state * ALPHABET + c] = next;
                    fail[next] = delta[fail[state] * ALPHABET + c];
                    queue.add(next);
                }
            }
        }
        long[][] output = new long[n][];
        for (int i = 0; i < n; i++) {
            long[] out = outs.get(i);
            output[i] = Arrays.stream(out).allMatch(v -> v == 0) ? null : out;
        }
        for (int i = 0; i < delta.length; i++) {
            if (output[delta[i]] != null) {
                delta[i] = ~delta[i];
            }
        }
        return new KeywordMatcher(ids, delta, output);
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    /** The id of a word given to {@link #of(List)}. */
    int id(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            throw new IllegalArgumentException("not a keyword: " + word);
        }
        return id;
    }

    /** A mask with the bits of the given words set. */
    long[] mask(List<String> wordList) {
        long[] mask = newMask();
        for (String w : wordList) {
            int id = id(w);
            mask[id >>> 6] |= 1L << (id & 63);
        }
        return mask;
    }

    /** An empty mask of the right size. */
    long[] newMask() {
        return new long[Math.max(1, (words + 63) / 64)];
    }

    /**
     * Sets in {@code found} (cleared first) the bits of every word occurring in the text from index
     * {@code from}, ASCII case ignored. A transition to a state that completes a word is stored negated
     * ({@code ~state}), so the common case costs one table look-up per character.
     *
     * @return whether any word was found
     */
    boolean scan(String text, int from, long[] found) {
        Arrays.fill(found, 0L);
        boolean any = false;
        int state = 0;
        int[] d = delta;
        int[] fold = FOLD;
        for (int i = from, n = text.length(); i < n; i++) {
            int c = text.charAt(i);
            if (c >= ALPHABET) {
                state = 0;
                continue;
            }
            int next = d[(state << 7) | fold[c]];
            if (next < 0) {
                next = ~next;
                any = true;
                long[] o = output[next];
                for (int k = 0; k < o.length; k++) {
                    found[k] |= o[k];
                }
            }
            state = next;
        }
        return any;
    }

    private static final int[] FOLD = new int[ALPHABET];

    static {
        for (int c = 0; c < ALPHABET; c++) {
            FOLD[c] = c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
    }

    /** Whether any bit of {@code mask} is set in {@code found}. */
    static boolean any(long[] found, long[] mask) {
        for (int k = 0; k < mask.length; k++) {
            if ((found[k] & mask[k]) != 0) {
                return true;
            }
        }
        return false;
    }
}
