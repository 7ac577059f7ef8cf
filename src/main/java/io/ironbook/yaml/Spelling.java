package io.ironbook.yaml;

import java.util.Collection;
import java.util.Locale;

/** Finds the known name a misspelt one was probably meant to be. */
public final class Spelling {

    private Spelling() {
    }

    /**
     * The name in {@code known} closest to {@code name} when it is close enough to be a slip (same
     * letters in another case, or at most two edits for names longer than three letters); else null.
     * Between equally close names, the one that starts like {@code name} wins.
     */
    public static String closest(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            String other = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(lower, other);
            boolean better = distance < bestDistance || (distance == bestDistance && best != null
                    && commonPrefix(lower, other) > commonPrefix(lower, best.toLowerCase(Locale.ROOT)));
            if (better) {
                bestDistance = distance;
                best = candidate;
            }
        }
        int allowed = name.length() <= 3 ? 1 : 2;
        return bestDistance <= allowed ? best : null;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
