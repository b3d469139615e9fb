package vn.motcua.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.motcua.knowledge.text.LatinWords;
import vn.motcua.knowledge.text.QuestionWords;
import vn.motcua.knowledge.text.TelexRepair;
import vn.motcua.knowledge.text.VietnameseAnalyzer;
import vn.motcua.knowledge.text.VietnameseSpelling;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Turns a citizen's message into query terms: fold, repair Telex/VNI residue and one-letter typos
 * against the knowledge base's own vocabulary (a correction must make a syllable pair the knowledge
 * base knows, so "khai sin" becomes "khai sinh" but an unknown word in an unrelated question is left
 * alone), apply synonyms, and weigh the terms.
 */
final class QuestionAnalyzer {
    /** Beyond this many syllables a message is a story; its earlier part weighs less. */
    private static final int STORY_LENGTH = 24;
    private static final int QUESTION_TAIL = 16;
    private static final float STORY_WEIGHT = 0.6f;
    private static final int MAX_TOKENS = 160;
    /**
     * Terms that only a synonym brought in weigh less than the citizen's own words: a three-letter
     * abbreviation spelled out ("BHXH" → four syllables) must not outweigh the rest of the question.
     */
    private static final float EXPANSION_WEIGHT = 0.75f;
    /** Words naming the part asked about ("lệ phí", "giấy tờ") count this much of a topic word. */
    private static final float ASPECT_WEIGHT = 0.3f;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    /**
     * At this many distinct words the per-word results below are forgotten and gathered again (bounds
     * the memory whatever citizens type, and junk sent once cannot keep common words out for good;
     * a few thousand words make up nearly every question).
     */
    private static final int MAX_REMEMBERED_WORDS = 50_000;

    private final Analyzer analyzer;
    /** A tokenizer word's folded form and tone-marked form: two Unicode normalisations each, asked again and again. */
    private final Map<String, String> foldedWords = new ConcurrentHashMap<>();
    private final Map<String, String> toneMarkedWords = new ConcurrentHashMap<>();

    QuestionAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Folded syllables of a text, exactly as the plain index fields hold them. */
    List<String> tokens(String text) {
        return analyse(ProcedureFields.NAME, text, MAX_TOKENS);
    }

    /** A text's folded syllables and, when it has diacritics, its accent bigrams. */
    record Syllables(List<String> folded, List<String> accent) {
    }

    /**
     * What {@link #tokens} and the accent bigram field yield for a text, from one run of the
     * tokenizer: each word folded and tone-marked by the steps the two filter chains apply to it,
     * the accent words then paired as the shingle filter pairs them (the tokenizer is the costly
     * part of analysis, and a question with diacritics needed it twice).
     */
    Syllables syllables(String text) {
        boolean accents = VietnameseText.hasDiacritics(text);
        if (!(analyzer instanceof VietnameseAnalyzer)) {
            return new Syllables(tokens(text), accents
                    ? analyse(ProcedureFields.NAME + VietnameseAnalyzer.ACCENT_SUFFIX, text, MAX_TOKENS)
                    : List.of());
        }
        List<String> words = LatinWords.split(text);
        if (words == null) {
            words = analyse(ProcedureFields.NAME + VietnameseAnalyzer.RAW_SUFFIX, text, Integer.MAX_VALUE);
        }
        int n = words.size();
        // the question usually comes last in a long message: keep the end
        int from = Math.max(0, n - MAX_TOKENS);
        List<String> folded = new ArrayList<>(n - from);
        for (int i = from; i < n; i++) {
            folded.add(remembered(foldedWords, words.get(i), VietnameseAnalyzer::folded));
        }
        if (!accents || n < 2) {
            return new Syllables(folded, List.of());
        }
        int firstPair = Math.max(0, n - 1 - MAX_TOKENS);
        List<String> accent = new ArrayList<>(n - 1 - firstPair);
        String left = remembered(toneMarkedWords, words.get(firstPair), VietnameseAnalyzer::toneMarked);
        for (int i = firstPair + 1; i < n; i++) {
            String right = remembered(toneMarkedWords, words.get(i), VietnameseAnalyzer::toneMarked);
            accent.add(left + " " + right);
            left = right;
        }
        return new Syllables(folded, accent);
    }

    private static String remembered(Map<String, String> known, String word, UnaryOperator<String> step) {
        String result = known.get(word);
        if (result == null) {
            result = step.apply(word);
            if (known.size() >= MAX_REMEMBERED_WORDS) {
                known.clear();
            }
            known.put(word, result);
        }
        return result;
    }

    AnalysedQuestion analyse(String text, Vocabulary vocabulary, SynonymDictionary synonyms) {
        Syllables syllables = syllables(text);
        List<String> tokens = repair(syllables.folded(), vocabulary, synonyms);
        SynonymDictionary.Expansion expansion = synonyms.expand(tokens);
        // sized for every term the runs can add, so that filling them never rehashes (a linked map
        // iterates in insertion order whatever its capacity)
        int terms = tokens.size() + expansion.tokens().size();
        for (List<String> run : expansion.extraRuns()) {
            terms += run.size();
        }
        Map<String, Float> unigrams = new LinkedHashMap<>(capacityFor(terms));
        Map<String, Float> bigrams = new LinkedHashMap<>(capacityFor(terms));
        addTerms(tokens, 1f, unigrams, bigrams);
        if (!expansion.tokens().equals(tokens)) {
            addTerms(expansion.tokens(), EXPANSION_WEIGHT, unigrams, bigrams);
        }
        expansion.extraRuns().forEach(run -> addTerms(run, EXPANSION_WEIGHT, unigrams, bigrams));
        return new AnalysedQuestion(tokens, expansion.tokens(), unigrams, bigrams, syllables.accent());
    }

    /** A hash map capacity that holds {@code entries} without resizing at the default load factor. */
    private static int capacityFor(int entries) {
        return (int) Math.ceil(entries / 0.75) + 1;
    }

    private static void addTerms(List<String> run, float runWeight, Map<String, Float> unigrams,
                                 Map<String, Float> bigrams) {
        int n = run.size();
        // whether each token is a question word, asked once per token
        boolean nextIsQuestionWord = n > 0 && QuestionWords.contains(run.get(0));
        for (int i = 0; i < n; i++) {
            float weight = runWeight * (n > STORY_LENGTH && i < n - QUESTION_TAIL ? STORY_WEIGHT : 1f);
            String token = run.get(i);
            boolean questionWord = nextIsQuestionWord;
            nextIsQuestionWord = i + 1 < n && QuestionWords.contains(run.get(i + 1));
            if (!questionWord) {
                unigrams.merge(token, aspectWeight(token, weight), Math::max);
            }
            if (i + 1 < n && !(questionWord && nextIsQuestionWord)) {
                String pair = token + " " + run.get(i + 1);
                bigrams.merge(pair, aspectWeight(pair, weight), Math::max);
            }
        }
    }

    private static float aspectWeight(String term, float weight) {
        return QuestionWords.isAspect(term) ? weight * ASPECT_WEIGHT : weight;
    }

    /** Replaces unknown syllables by what they most likely meant, when the vocabulary says so. */
    private static List<String> repair(List<String> tokens, Vocabulary vocabulary, SynonymDictionary synonyms) {
        if (vocabulary.syllables().isEmpty()) {
            return tokens;
        }
        List<String> out = new ArrayList<>(tokens);
        for (int i = 0; i < out.size(); i++) {
            String token = out.get(i);
            if (vocabulary.knows(token) || synonyms.isKey(token) || QuestionWords.contains(token)
                    || !isAsciiLetterOrDigit(token)) {
                continue;
            }
            String previous = i > 0 ? out.get(i - 1) : null;
            String next = i + 1 < out.size() ? out.get(i + 1) : null;
            String fixed = keyboardResidue(token, vocabulary);
            if (fixed == null && isLetters(token)) {
                fixed = typo(token, previous, next, vocabulary);
            }
            if (fixed != null) {
                out.set(i, fixed);
            }
        }
        return out;
    }

    private static boolean isAsciiLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 128 || !Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetters(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isLetter(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String keyboardResidue(String token, Vocabulary vocabulary) {
        for (String candidate : TelexRepair.candidates(token)) {
            if (vocabulary.knows(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * One edit away and forming a pair with a neighbour that a procedure's name or everyday name uses
     * ("khai sin" → "khai sinh"; "xin chào" stays, though "xin cho" is common in example questions);
     * never a correction into a question word. A long token that is not a Vietnamese
     * syllable at all may also be corrected without context (a mistyped loanword or abbreviation).
     */
    static String typo(String token, String previous, String next, Vocabulary vocabulary) {
        boolean contextFree = token.length() >= 5 && !VietnameseSpelling.isSyllable(token);
        if (!contextFree && !isContext(previous) && !isContext(next)) {
            // no neighbour can vouch and none is needed: every candidate would score 0, and 0 never wins
            return null;
        }
        return new OneEdit(token, previous, next, vocabulary, contextFree).best();
    }

    /** A neighbour that can vouch for a correction: a content word, not "thì" or "cho". */
    private static boolean isContext(String neighbour) {
        return neighbour != null && !QuestionWords.contains(neighbour);
    }

    /**
     * The known syllables one edit away from a word (a letter deleted, inserted or replaced, two
     * neighbours swapped), in i/y canonical spelling, scored by the neighbours; the first best wins.
     * Edits are spelled in one buffer and looked up without making strings (see {@link SyllableTable}).
     * The order is fixed (for each position: deletion, swap, then per letter insertion and
     * replacement) because it decides between candidates with equal scores.
     */
    private static final class OneEdit {
        private final char[] word;
        private final char[] buffer;
        private final String previous;
        private final String next;
        private final Vocabulary vocabulary;
        private final boolean contextFree;
        private final boolean previousVouches;
        private final boolean nextVouches;
        private String best;
        private int bestScore;

        OneEdit(String word, String previous, String next, Vocabulary vocabulary, boolean contextFree) {
            this.word = word.toCharArray();
            this.buffer = new char[word.length() + 1];
            this.previous = previous;
            this.next = next;
            this.vocabulary = vocabulary;
            this.contextFree = contextFree;
            this.previousVouches = isContext(previous);
            this.nextVouches = isContext(next);
        }

        String best() {
            int n = word.length;
            for (int i = 0; i <= n; i++) {
                if (i < n) {
                    // deletion of word[i]
                    System.arraycopy(word, 0, buffer, 0, i);
                    System.arraycopy(word, i + 1, buffer, i, n - i - 1);
                    consider(n - 1);
                }
                if (i + 1 < n && word[i] != word[i + 1]) {
                    // word[i] and word[i + 1] swapped (equal letters would give the word itself)
                    System.arraycopy(word, 0, buffer, 0, n);
                    buffer[i] = word[i + 1];
                    buffer[i + 1] = word[i];
                    consider(n);
                }
                for (int c = 0; c < ALPHABET.length(); c++) {
                    char letter = ALPHABET.charAt(c);
                    // insertion before word[i]
                    System.arraycopy(word, 0, buffer, 0, i);
                    buffer[i] = letter;
                    System.arraycopy(word, i, buffer, i + 1, n - i);
                    consider(n + 1);
                    if (i < n && word[i] != letter) {
                        // word[i] replaced
                        System.arraycopy(word, 0, buffer, 0, n);
                        buffer[i] = letter;
                        consider(n);
                    }
                }
            }
            return best;
        }

        private void consider(int length) {
            if (length == 0) {
                return;
            }
            VietnameseSpelling.canonicalize(buffer, length);
            String candidate = vocabulary.known(buffer, length);
            if (candidate == null || QuestionWords.contains(candidate)) {
                return;
            }
            // a candidate seen again scores the same and cannot win: the first best stays
            int score = (previousVouches ? vocabulary.pairFrequency(previous, candidate) : 0)
                    + (nextVouches ? vocabulary.pairFrequency(candidate, next) : 0);
            if (score == 0 && contextFree) {
                score = vocabulary.frequency(candidate) > 1 ? 1 : 0;
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
    }

    private List<String> analyse(String field, String text, int max) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the question usually comes last in a long message: keep the end
        return out.size() <= max ? out : out.subList(out.size() - max, out.size());
    }
}
