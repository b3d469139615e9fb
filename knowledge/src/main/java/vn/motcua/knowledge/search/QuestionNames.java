package vn.motcua.knowledge.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.knowledge.text.QuestionWords;
import vn.motcua.knowledge.text.VietnameseSpelling;

/**
 * What the rerank compares with each candidate's names, worked out once per question rather than once
 * per candidate: the syllables and which of them are content words, the syllable pairs, and the pairs
 * and words that could show what the question is about.
 *
 * @param tokens          the repaired question's syllables
 * @param expanded        the same with synonyms applied
 * @param expandedDiffers whether synonyms changed anything (else {@code expanded} needs no comparing)
 * @param tokensHashes    the syllables' hash codes, and those of {@code expanded} and their content
 *                        marks (not a question word) below
 * @param adjacentPairs   every pair of neighbouring syllables in {@code tokens} and {@code expanded}
 * @param pairSet         the same as a set
 * @param topicPairs      the question's pairs that can be a topic: not generic paperwork ("đăng ký"),
 *                        not common to many names, not function words only; in the question's order
 * @param everydayPairs   for each topic pair, whether it may also come from an everyday name (it has
 *                        no function word)
 * @param foreignWords    the question's words that are no Vietnamese syllable ("vneid", "gplx")
 */
record QuestionNames(List<String> tokens, List<String> expanded, boolean expandedDiffers, int[] tokensHashes,
                     int[] expandedHashes, boolean[] tokensContent, boolean[] expandedContent,
                     List<String> adjacentPairs, Set<String> pairSet, List<String> topicPairs,
                     boolean[] everydayPairs, List<String> foreignWords) {

    static QuestionNames of(AnalysedQuestion q, Set<String> genericPairs, Set<String> commonPairs) {
        Set<String> adjacent = new LinkedHashSet<>();
        addPairs(q.tokens(), adjacent);
        addPairs(q.expanded(), adjacent);
        List<String> topic = new ArrayList<>();
        List<Boolean> everyday = new ArrayList<>();
        for (String pair : q.bigrams().keySet()) {
            if (genericPairs.contains(pair) || commonPairs.contains(pair) || onlyFunctionWords(pair)) {
                continue;
            }
            topic.add(pair);
            everyday.add(!hasFunctionWord(pair));
        }
        boolean[] everydayPairs = new boolean[everyday.size()];
        for (int i = 0; i < everydayPairs.length; i++) {
            everydayPairs[i] = everyday.get(i);
        }
        List<String> foreign = new ArrayList<>();
        for (String word : q.unigrams().keySet()) {
            if (word.length() >= 3 && !VietnameseSpelling.isSyllable(word) && !allDigits(word)) {
                foreign.add(word);
            }
        }
        boolean differs = !q.expanded().equals(q.tokens());
        int[] tokensHashes = hashes(q.tokens());
        boolean[] tokensContent = contentMask(q.tokens());
        return new QuestionNames(q.tokens(), q.expanded(), differs, tokensHashes,
                differs ? hashes(q.expanded()) : tokensHashes, tokensContent,
                differs ? contentMask(q.expanded()) : tokensContent, List.copyOf(adjacent), Set.copyOf(adjacent),
                List.copyOf(topic), everydayPairs, List.copyOf(foreign));
    }

    static int[] hashes(List<String> syllables) {
        int[] out = new int[syllables.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = syllables.get(i).hashCode();
        }
        return out;
    }

    private static void addPairs(List<String> tokens, Set<String> into) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            into.add(tokens.get(i) + " " + tokens.get(i + 1));
        }
    }

    private static boolean[] contentMask(List<String> tokens) {
        boolean[] content = new boolean[tokens.size()];
        for (int i = 0; i < content.length; i++) {
            content[i] = !QuestionWords.contains(tokens.get(i));
        }
        return content;
    }

    private static boolean allDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasFunctionWord(String pair) {
        int space = pair.indexOf(' ');
        return QuestionWords.isFunctionWord(pair.substring(0, space))
                || QuestionWords.isFunctionWord(pair.substring(space + 1));
    }

    private static boolean onlyFunctionWords(String pair) {
        int space = pair.indexOf(' ');
        return QuestionWords.isFunctionWord(pair.substring(0, space))
                && QuestionWords.isFunctionWord(pair.substring(space + 1));
    }
}
