package vn.motcua.knowledge.search;

import java.util.Map;
import java.util.Set;

/**
 * The folded syllables and syllable pairs the knowledge base uses, with how many procedures use
 * them. It decides which unknown words of a question are typos or keyboard residue, and which names
 * are too common to tell one procedure from another.
 *
 * @param fields for each indexed term, the queried fields holding it as bits (bit {@code i} for
 *               {@code ProcedureFields.QUERIED.get(i)}): one lookup tells which query clauses are worth making
 * @param spelled the syllables again, for typo repair's look-ups from a buffer
 */
record Vocabulary(Map<String, Integer> syllables, Map<String, Integer> pairs, Set<String> commonNamePairs,
                  Map<String, Integer> fields, SyllableTable spelled) {
    static final Vocabulary EMPTY = new Vocabulary(Map.of(), Map.of(), Set.of(), Map.of());

    Vocabulary(Map<String, Integer> syllables, Map<String, Integer> pairs, Set<String> commonNamePairs,
               Map<String, Integer> fields) {
        this(syllables, pairs, commonNamePairs, fields, SyllableTable.of(syllables.keySet()));
    }

    /** The queried fields where some procedure has the term, as bits; 0 when none has it. */
    int fieldsOf(String term) {
        Integer bits = fields.get(term);
        return bits == null ? 0 : bits;
    }

    boolean knows(String syllable) {
        return syllables.containsKey(syllable);
    }

    /** The known syllable spelled by {@code chars[0, length)}, or null. */
    String known(char[] chars, int length) {
        return spelled.find(chars, length);
    }

    int frequency(String syllable) {
        return syllables.getOrDefault(syllable, 0);
    }

    int pairFrequency(String first, String second) {
        return pairs.getOrDefault(first + " " + second, 0);
    }
}
