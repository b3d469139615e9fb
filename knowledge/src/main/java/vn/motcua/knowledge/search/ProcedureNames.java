package vn.motcua.knowledge.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.text.QuestionWords;
import vn.motcua.knowledge.text.VietnameseSpelling;

/**
 * A procedure's name and everyday names as folded syllables: what a question must share with a
 * procedure to be about it, and how much of a name the question spells out.
 */
record ProcedureNames(List<List<String>> names, Set<String> terms, Set<String> officialPairs,
                      Set<String> officialWords, Set<List<String>> examples) {
    /** Longer shared runs of a name count more, up to this many syllables. */
    private static final int LONGEST_RUN = 7;
    private static final float PER_SYLLABLE = 0.05f;
    /** A question that contains a whole everyday name ("làm căn cước") names that procedure. */
    private static final float WHOLE_NAME = 0.25f;

    static ProcedureNames of(Procedure p, Function<String, List<String>> tokens) {
        List<List<String>> names = new ArrayList<>();
        names.add(tokens.apply(p.name() == null ? "" : p.name()));
        p.aliases().forEach(a -> names.add(tokens.apply(a)));
        Set<String> terms = new HashSet<>();
        for (List<String> name : names) {
            terms.addAll(name);
            for (int i = 0; i + 1 < name.size(); i++) {
                terms.add(name.get(i) + " " + name.get(i + 1));
            }
        }
        Set<String> official = new HashSet<>();
        List<String> name = names.get(0);
        for (int i = 0; i + 1 < name.size(); i++) {
            official.add(name.get(i) + " " + name.get(i + 1));
        }
        Set<List<String>> examples = new HashSet<>();
        p.examples().forEach(e -> examples.add(List.copyOf(tokens.apply(e))));
        return new ProcedureNames(List.copyOf(names), Set.copyOf(terms), Set.copyOf(official), Set.copyOf(name),
                Set.copyOf(examples));
    }

    /**
     * True when the question is, syllable for syllable, one of the example questions staff attached to
     * the procedure: that is evidence enough of what it is about, whatever words it uses.
     */
    boolean isExample(List<String> question, List<String> expanded) {
        return !question.isEmpty() && (examples.contains(question) || examples.contains(expanded));
    }

    /**
     * A name or everyday name the question contains whole: two syllables or more with a content word
     * ("làm căn cước"), or an abbreviation on its own ("GPLX", "CT07"); null when none.
     */
    String wholeNameIn(List<String> question, List<String> expanded) {
        String best = null;
        for (List<String> name : names) {
            boolean qualifies = name.size() >= 2
                    ? name.stream().anyMatch(w -> !QuestionWords.contains(w))
                    : name.size() == 1 && name.get(0).length() >= 3 && !VietnameseSpelling.isSyllable(name.get(0))
                            && !name.get(0).chars().allMatch(Character::isDigit);
            if (qualifies && (best == null || name.size() > best.split(" ").length)
                    && (contains(question, name) || contains(expanded, name))) {
                best = String.join(" ", name);
            }
        }
        return best;
    }

    private static boolean contains(List<String> tokens, List<String> run) {
        return java.util.Collections.indexOfSubList(tokens, run) >= 0;
    }

    /**
     * How much to raise the retrieval score: by the longest run of syllables the question shares with
     * one of the names, more when that name is contained whole. Runs of question words only do not count.
     */
    float boost(List<String> question, List<String> expanded) {
        boolean[] questionContent = contentMask(question);
        boolean[] expandedContent = question == expanded ? questionContent : contentMask(expanded);
        float best = 1f;
        for (List<String> name : names) {
            if (name.size() < 2) {
                continue;
            }
            int run = Math.max(longestSharedRun(question, questionContent, name),
                    longestSharedRun(expanded, expandedContent, name));
            if (run >= 2) {
                float factor = 1f + PER_SYLLABLE * (Math.min(run, LONGEST_RUN) - 1) + (run == name.size() ? WHOLE_NAME : 0f);
                best = Math.max(best, factor);
            }
        }
        return best;
    }

    private static boolean[] contentMask(List<String> tokens) {
        boolean[] content = new boolean[tokens.size()];
        for (int i = 0; i < content.length; i++) {
            content[i] = !QuestionWords.contains(tokens.get(i));
        }
        return content;
    }

    /** Longest common run of syllables holding at least one content word (dynamic programming). */
    private static int longestSharedRun(List<String> a, boolean[] aContent, List<String> b) {
        int best = 0;
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        boolean[] previousContent = new boolean[b.size() + 1];
        boolean[] currentContent = new boolean[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            String word = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                if (word.equals(b.get(j - 1))) {
                    current[j] = previous[j - 1] + 1;
                    currentContent[j] = previousContent[j - 1] || aContent[i - 1];
                    if (currentContent[j] && current[j] > best) {
                        best = current[j];
                    }
                } else {
                    current[j] = 0;
                    currentContent[j] = false;
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            boolean[] swapContent = previousContent;
            previousContent = currentContent;
            currentContent = swapContent;
        }
        return best;
    }
}
