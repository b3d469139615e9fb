package vn.motcua.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.motcua.knowledge.text.QuestionWords;
import vn.motcua.knowledge.text.VietnameseSpelling;

/**
 * What the rerank compares with each candidate's names, worked out once per question rather than once
 * per candidate: the syllables (hashed, and which of them are content words), and the pairs and words
 * that could show what the question is about. Arrays, with hash codes beside the strings: every
 * candidate reads them.
 *
 * @param tokens          the repaired question's syllables
 * @param expanded        the same with synonyms applied
 * @param expandedDiffers whether synonyms changed anything (else {@code expanded} needs no comparing)
 * @param tokenRuns       {@code tokens} indexed for finding the runs they share with a name, and
 *                        {@code expanded} too
 * @param tokensListHash  the hash codes of the lists {@code tokens} and {@code expanded}: a candidate's
 *                        example questions are looked up by them
 * @param topicPairs      the question's pairs that can be a topic: not generic paperwork ("đăng ký"),
 *                        not common to many names, not function words only; in the question's order
 * @param topicPairHashes their hash codes, in the same order
 * @param everydayPairs   for each topic pair, whether it may also come from an everyday name (it has
 *                        no function word)
 * @param foreignWords    the question's words that are no Vietnamese syllable ("vneid", "gplx")
 */
record QuestionNames(List<String> tokens, List<String> expanded, boolean expandedDiffers, SyllableRuns tokenRuns,
                     SyllableRuns expandedRuns, int tokensListHash, int expandedListHash, String[] topicPairs, int[] topicPairHashes, boolean[] everydayPairs,
                     List<String> foreignWords) {

    static QuestionNames of(AnalysedQuestion q, Set<String> genericPairs, Set<String> commonPairs) {
        boolean differs = !q.expanded().equals(q.tokens());
        int bigrams = q.bigrams().size();
        String[] topic = new String[bigrams];
        int[] topicHashes = new int[bigrams];
        boolean[] everydayPairs = new boolean[bigrams];
        int topics = 0;
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
            everydayPairs[topics] = !firstIsFunction && !secondIsFunction;
            topicHashes[topics] = pair.hashCode();
            topic[topics++] = pair;
        }
        List<String> foreign = new ArrayList<>();
        for (String word : q.unigrams().keySet()) {
            if (word.length() >= 3 && !VietnameseSpelling.isSyllable(word) && !allDigits(word)) {
                foreign.add(word);
            }
        }
        SyllableRuns tokenRuns = runs(q.tokens());
        int tokensListHash = q.tokens().hashCode();
        return new QuestionNames(q.tokens(), q.expanded(), differs, tokenRuns,
                differs ? runs(q.expanded()) : tokenRuns, tokensListHash,
                differs ? q.expanded().hashCode() : tokensListHash,
                topics == bigrams ? topic : Arrays.copyOf(topic, topics),
                topics == bigrams ? topicHashes : Arrays.copyOf(topicHashes, topics),
                topics == bigrams ? everydayPairs : Arrays.copyOf(everydayPairs, topics), foreign);
    }

    static int[] hashes(List<String> syllables) {
        int[] out = new int[syllables.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = syllables.get(i).hashCode();
        }
        return out;
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
