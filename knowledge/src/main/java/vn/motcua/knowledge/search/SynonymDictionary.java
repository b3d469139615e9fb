package vn.motcua.knowledge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.motcua.knowledge.synonym.Synonym;

/**
 * Synonyms compiled for matching on folded syllables: "CCCD", "cccd" and "cccđ" are one key, "sổ đỏ"
 * and "so do" another. Immutable; a new dictionary replaces the old one when an admin adds an entry.
 */
final class SynonymDictionary {
    static final SynonymDictionary EMPTY = new SynonymDictionary(Map.of());

    private final Map<List<String>, List<List<String>>> meanings;
    /** For each token that starts a phrase, the longest such phrase: most tokens start none. */
    private final Map<String, Integer> longestFrom;

    private SynonymDictionary(Map<List<String>, List<List<String>>> meanings) {
        this.meanings = meanings;
        Map<String, Integer> longest = new HashMap<>();
        meanings.keySet().forEach(key -> longest.merge(key.get(0), key.size(), Math::max));
        this.longestFrom = Map.copyOf(longest);
    }

    /** Compiles entries with the same tokenizer the questions go through. */
    static SynonymDictionary compile(List<Synonym> synonyms, Function<String, List<String>> tokens) {
        Map<List<String>, List<List<String>>> meanings = new HashMap<>();
        for (Synonym s : synonyms) {
            List<String> key = tokens.apply(s.phrase());
            List<String> meaning = tokens.apply(s.meaning());
            if (key.isEmpty() || meaning.isEmpty() || key.equals(meaning)) {
                continue;
            }
            List<List<String>> list = meanings.computeIfAbsent(List.copyOf(key), k -> new ArrayList<>());
            if (!list.contains(meaning)) {
                list.add(List.copyOf(meaning));
            }
        }
        return new SynonymDictionary(Map.copyOf(meanings));
    }

    boolean isKey(String token) {
        return longestFrom.containsKey(token) && meanings.containsKey(List.of(token));
    }

    Set<String> keyTokens() {
        Set<String> out = new LinkedHashSet<>();
        meanings.keySet().forEach(out::addAll);
        return out;
    }

    /**
     * The question with every known phrase (longest first, left to right) replaced by its first
     * meaning, and the other meanings of those phrases as extra token runs.
     */
    Expansion expand(List<String> tokens) {
        List<String> replaced = new ArrayList<>(tokens.size());
        List<List<String>> extras = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            Integer longest = longestFrom.get(tokens.get(i));
            for (int n = longest == null ? 0 : Math.min(longest, tokens.size() - i); n >= 1 && matched == 0; n--) {
                List<List<String>> m = meanings.get(tokens.subList(i, i + n));
                if (m != null) {
                    replaced.addAll(m.get(0));
                    extras.addAll(m.subList(1, m.size()));
                    matched = n;
                }
            }
            if (matched == 0) {
                replaced.add(tokens.get(i));
                i++;
            } else {
                i += matched;
            }
        }
        return new Expansion(replaced, extras);
    }

    int size() {
        return meanings.size();
    }

    record Expansion(List<String> tokens, List<List<String>> extraRuns) {
    }
}
