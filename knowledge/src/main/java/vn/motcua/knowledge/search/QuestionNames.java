package vn.motcua.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * @param tokenRuns       {@code tokens} indexed for finding the runs they share with a name, and
 *                        {@code expanded} too
 * @param tokensListHash  the hash codes of the lists {@code tokens} and {@code expanded}: a candidate's
 *                        example questions are looked up by them
 * @param adjacentPairs   every pair of neighbouring syllables in {@code tokens} and {@code expanded}
 * @param adjacentPairHashes their hash codes, in the same order
 * @param pairSet         the same as a set
 * @param topicPairs      the question's pairs that can be a topic: not generic paperwork ("đăng ký"),
 *                        not common to many names, not function words only; in the question's order
 * @param everydayPairs   for each topic pair, whether it may also come from an everyday name (it has
 *                        no function word)
 * @param foreignWords    the question's words that are no Vietnamese syllable ("vneid", "gplx")
 */
record QuestionNames(List<String> tokens, List<String> expanded, boolean expandedDiffers, SyllableRuns tokenRuns,
                     SyllableRuns expandedRuns, int tokensListHash, int expandedListHash, List<String> adjacentPairs, int[] adjacentPairHashes, Set<String> pairSet,
                     List<String> topicPairs, boolean[] everydayPairs, List<String> foreignWords) {

    static QuestionNames of(AnalysedQuestion q, Set<String> genericPairs, Set<String> commonPairs) {
        Set<String> adjacent = new LinkedHashSet<>();
        addPairs(q.tokens(), adjacent);
        addPairs(q.expanded(), adjacent);
        List<String> topic = new ArrayList<>();
        boolean[] everydayPairs = new boolean[q.bigrams().size()];
        for (String pair : q.bigrams().keySet()) {
            if (genericPairs.contains(pair) || commonPairs.contains(pair)) {
                continue;
            }
            int space = pair.indexOf(' ');
            boolean firstIsFunction = QuestionWords.isFunctionWord(pair.substring(0, space));
            boolean secondIsFunction = QuestionWords.isFunctionWord(pair.substring(space + 1));
            if (firstIsFunction && secondIsFunction) {
                continue;
            }
            everydayPairs[topic.size()] = !firstIsFunction && !secondIsFunction;
            topic.add(pair);
        }
        List<String> foreign = new ArrayList<>();
        for (String word : q.unigrams().keySet()) {
            if (word.length() >= 3 && !VietnameseSpelling.isSyllable(word) && !allDigits(word)) {
                foreign.add(word);
            }
        }
        boolean differs = !q.expanded().equals(q.tokens());
        SyllableRuns tokenRuns = runs(q.tokens());
        int tokensListHash = q.tokens().hashCode();
        List<String> adjacentPairs = List.copyOf(adjacent);
        int[] adjacentPairHashes = hashes(adjacentPairs);
        return new QuestionNames(q.tokens(), q.expanded(), differs, tokenRuns,
                differs ? runs(q.expanded()) : tokenRuns, tokensListHash,
                differs ? q.expanded().hashCode() : tokensListHash, adjacentPairs, adjacentPairHashes,
                Collections.unmodifiableSet(adjacent), List.copyOf(topic),
                Arrays.copyOf(everydayPairs, topic.size()), List.copyOf(foreign));
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

    private static SyllableRuns runs(List<String> syllables) {
        return new SyllableRuns(syllables.toArray(String[]::new), hashes(syllables), contentMask(syllables));
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
}
