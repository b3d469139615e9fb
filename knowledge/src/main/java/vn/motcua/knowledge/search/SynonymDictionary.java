package vn.motcua.knowledge.search;

import java.util.ArrayList;
import java.util.Comparator;
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
    /**
     * For each token that starts a phrase, those phrases, longest first: most tokens start none, and
     * a question is matched token by token instead of hashing every span of it as a list.
     */
    private final Map<String, Phrase[]> startingWith;

    private SynonymDictionary(Map<List<String>, List<List<String>>> meanings) {
        this.meanings = meanings;
        Map<String, List<Phrase>> starting = new HashMap<>();
        meanings.forEach((key, meaning) -> starting.computeIfAbsent(key.get(0), k -> new ArrayList<>())
                .add(new Phrase(key.toArray(String[]::new), meaning)));
        Map<String, Phrase[]> sorted = new HashMap<>();
        starting.forEach((first, phrases) -> {
            // keys are distinct, so at most one phrase of each length can match at a place
            phrases.sort(Comparator.comparingInt((Phrase phrase) -> phrase.tokens().length).reversed());
            sorted.put(first, phrases.toArray(Phrase[]::new));
        });
        this.startingWith = sorted;
    }

    /** A phrase's tokens and its meanings, the first of which replaces it. */
    private record Phrase(String[] tokens, List<List<String>> meanings) {
        boolean standsAt(List<String> question, int at) {
            // the first token is the one the phrase was found by
            for (int k = 1; k < tokens.length; k++) {
                if (!tokens[k].equals(question.get(at + k))) {
                    return false;
                }
            }
            return true;
        }
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
        Phrase[] phrases = startingWith.get(token);
        // longest first: a one-token key is the last
        return phrases != null && phrases[phrases.length - 1].tokens().length == 1;
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
        int size = tokens.size();
        List<String> replaced = new ArrayList<>(size);
        List<List<String>> extras = new ArrayList<>();
        int i = 0;
        while (i < size) {
            Phrase matched = null;
            Phrase[] phrases = startingWith.get(tokens.get(i));
            if (phrases != null) {
                for (Phrase phrase : phrases) {
                    if (phrase.tokens().length <= size - i && phrase.standsAt(tokens, i)) {
                        matched = phrase;
                        break;
                    }
                }
            }
            if (matched == null) {
                replaced.add(tokens.get(i));
                i++;
            } else {
                List<List<String>> m = matched.meanings();
                replaced.addAll(m.get(0));
                extras.addAll(m.subList(1, m.size()));
                i += matched.tokens().length;
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
