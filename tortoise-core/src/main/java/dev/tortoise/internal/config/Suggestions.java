package dev.tortoise.internal.config;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints for mistyped configuration keys. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * {@code " (did you mean \"x\"?)"} for the candidate closest to {@code given} when it is close
     * enough to be a typo (edit distance at most a third of its length, and at least 1), else "".
     */
    public static String didYouMean(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lowerGiven = given.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int distance = distance(lowerGiven, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > Math.max(1, best.length() / 3)) {
            return "";
        }
        return " (did you mean \"" + best + "\"?)";
    }

    /** Levenshtein distance, two rows at a time. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
