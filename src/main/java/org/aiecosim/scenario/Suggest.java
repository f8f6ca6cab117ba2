package org.aiecosim.scenario;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for misspelt keys and names, by edit distance to the valid ones. */
public final class Suggest {
    private Suggest() {}

    /** The candidate closest to {@code word}, or null when none is close enough to be a plausible typo. */
    public static String closest(String word, Collection<String> candidates) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String w = word.toLowerCase(Locale.ROOT);
        // A third of the word's length catches dropped/swapped letters without suggesting unrelated keys.
        int limit = Math.max(2, word.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance.apply(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /** {@code "; did you mean 'x'?"} or the empty string. */
    public static String didYouMean(String word, Collection<String> candidates) {
        String c = closest(word, candidates);
        return c == null ? "" : "; did you mean '" + c + "'?";
    }
}
