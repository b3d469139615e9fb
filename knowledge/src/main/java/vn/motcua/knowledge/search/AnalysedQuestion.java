package vn.motcua.knowledge.search;

import java.util.List;
import java.util.Map;

/**
 * A question as the index reads it: folded syllables after keyboard-residue and typo repair
 * ({@code tokens}), the same with synonyms applied ({@code expanded}), and the weighted terms the
 * query is built from. Question words are left out of the terms; in a long message the last part,
 * where the question usually is, weighs more.
 */
record AnalysedQuestion(List<String> tokens, List<String> expanded, Map<String, Float> unigrams,
                        Map<String, Float> bigrams, List<String> accentBigrams) {

    /** The repaired, expanded question as one folded string (what cue phrases are matched against). */
    String normalized() {
        return String.join(" ", expanded);
    }

    boolean isEmpty() {
        return unigrams.isEmpty() && bigrams.isEmpty();
    }
}
