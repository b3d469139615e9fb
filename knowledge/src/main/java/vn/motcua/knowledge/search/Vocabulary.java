package vn.motcua.knowledge.search;

import java.util.Map;
import java.util.Set;

/**
 * The folded syllables and syllable pairs the knowledge base uses, with how many procedures use
 * them. It decides which unknown words of a question are typos or keyboard residue, and which names
 * are too common to tell one procedure from another.
 */
record Vocabulary(Map<String, Integer> syllables, Map<String, Integer> pairs, Set<String> commonNamePairs,
                  Map<String, Set<String>> fieldTerms) {
    static final Vocabulary EMPTY = new Vocabulary(Map.of(), Map.of(), Set.of(), Map.of());

    /** Whether any procedure has the term in that field: a query clause for it would be wasted work. */
    boolean inField(String field, String term) {
        Set<String> terms = fieldTerms.get(field);
        return terms != null && terms.contains(term);
    }

    boolean knows(String syllable) {
        return syllables.containsKey(syllable);
    }

    int frequency(String syllable) {
        return syllables.getOrDefault(syllable, 0);
    }

    int pairFrequency(String first, String second) {
        return pairs.getOrDefault(first + " " + second, 0);
    }
}
