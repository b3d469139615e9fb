package vn.motcua.bot.understanding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * A set of cue phrases matched on folded text at word boundaries, so that "bưu điện", "buu dien" and
 * "Bưu Điện" are the same cue and "hi" does not match inside "thi". Both sides are spelled one way
 * where Vietnamese allows two ("đăng kí" / "đăng ký").
 *
 * <p>A phrase can only match where a word starts, and only if that word is the phrase's first word,
 * so the phrases are kept by first word: a text is read in one pass over its words with one hash
 * look-up each, whatever the number of phrases. The matches are those of the regular expression
 * {@code (?<![\p{L}\p{N}])(?:p1|p2|...)(?![\p{L}\p{N}])} in the phrases' order: leftmost first, at one
 * position the earliest phrase in that order, matches not overlapping.
 */
public final class Phrases {
    /** Phrases by their first word, each list in the set's order. */
    private final Map<String, String[]> byFirstWord;

    private Phrases(List<String> canonicalPhrases) {
        Map<String, List<String>> grouped = new HashMap<>();
        for (String phrase : canonicalPhrases) {
            grouped.computeIfAbsent(firstWord(phrase), w -> new ArrayList<>()).add(phrase);
        }
        Map<String, String[]> index = new HashMap<>();
        grouped.forEach((word, phrases) -> index.put(word, phrases.toArray(String[]::new)));
        this.byFirstWord = index;
    }

    /** The phrases, matched in the order given (at one position the first that fits wins). */
    public static Phrases of(List<String> phrases) {
        return new Phrases(phrases.stream()
                .map(p -> canonical(VietnameseText.fold(p)))
                .filter(p -> !p.isBlank())
                .toList());
    }

    /** Phrases already folded and canonical, the longest preferred where several start at one word. */
    static Phrases longestFirst(Collection<String> canonicalPhrases) {
        return new Phrases(canonicalPhrases.stream()
                .filter(p -> !p.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList());
    }

    /** The words the phrases start with: no phrase matches a text without one of them. */
    Set<String> firstWords() {
        return byFirstWord.keySet();
    }

    /** The phrases starting with {@code word}, in the set's order, or null (not to be changed). */
    String[] startingWith(String word) {
        return byFirstWord.get(word);
    }

    /** Whether the text holds one of {@code candidates} at word {@code word}. */
    static boolean anyAt(CanonicalText text, int word, String[] candidates) {
        return phraseAt(text, word, candidates) != null;
    }

    /** Whether the already folded text contains one of the phrases. */
    public boolean foundIn(String foldedText) {
        return foundIn(CanonicalText.of(foldedText));
    }

    /** Whether the text contains one of the phrases. */
    public boolean foundIn(CanonicalText text) {
        for (int i = 0; i < text.wordCount(); i++) {
            if (phraseAt(text, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** The phrases found in the already folded text, in the order they occur. */
    public List<String> foundAll(String foldedText) {
        return foundAll(CanonicalText.of(foldedText));
    }

    /** The phrases found, in the order they occur. */
    public List<String> foundAll(CanonicalText text) {
        List<String> found = new ArrayList<>();
        forEachMatch(text, (phrase, start) -> found.add(phrase));
        return found;
    }

    /** Every match, leftmost first, not overlapping. */
    void forEachMatch(CanonicalText text, Match match) {
        int i = 0;
        while (i < text.wordCount()) {
            String phrase = phraseAt(text, i);
            if (phrase == null) {
                i++;
            } else {
                int start = text.start(i);
                match.at(phrase, start);
                i = text.wordFrom(start + phrase.length(), i + 1);
            }
        }
    }

    /** The folded text with each word in its canonical spelling. */
    static String canonical(String folded) {
        return CanonicalText.of(folded).text();
    }

    /** A phrase found, and where it starts in the canonical text. */
    interface Match {
        void at(String phrase, int start);
    }

    private String phraseAt(CanonicalText text, int word) {
        return phraseAt(text, word, byFirstWord.get(text.word(word)));
    }

    /** The first of {@code candidates} (null for none) standing at word {@code word}, or null. */
    private static String phraseAt(CanonicalText text, int word, String[] candidates) {
        if (candidates != null) {
            for (String phrase : candidates) {
                if (text.phraseAt(word, phrase)) {
                    return phrase;
                }
            }
        }
        return null;
    }

    private static String firstWord(String phrase) {
        if (!CanonicalText.isWordChar(phrase.codePointAt(0))) {
            throw new IllegalArgumentException("a cue phrase starts with a letter or a digit: \"" + phrase + "\"");
        }
        int end = 0;
        while (end < phrase.length() && CanonicalText.isWordChar(phrase.codePointAt(end))) {
            end += Character.charCount(phrase.codePointAt(end));
        }
        return phrase.substring(0, end);
    }
}
