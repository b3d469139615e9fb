package vn.motcua.bot.inbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Groups questions that say nearly the same thing, so staff fix one phrasing once. Similarity is
 * the Jaccard index of folded syllables (no diacritics, lowercase): "lam cccd o dau" and "làm CCCD ở
 * đâu vậy" fall together. A question joins the first group whose founding question is similar enough.
 */
public class GroupingQuestions {
    private final double threshold;

    public GroupingQuestions(double threshold) {
        this.threshold = threshold;
    }

    /** Groups, largest first (then the most recent question first). */
    public List<QuestionGroup> group(List<InboxQuestion> questions) {
        List<List<InboxQuestion>> groups = new ArrayList<>();
        List<Set<String>> founders = new ArrayList<>();
        List<InboxQuestion> oldestFirst = new ArrayList<>(questions);
        oldestFirst.sort(Comparator.comparing(InboxQuestion::at));
        for (InboxQuestion q : oldestFirst) {
            Set<String> tokens = tokens(q.text());
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < founders.size(); i++) {
                double score = similarity(tokens, founders.get(i));
                if (score >= threshold && score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best < 0) {
                groups.add(new ArrayList<>(List.of(q)));
                founders.add(tokens);
            } else {
                groups.get(best).add(q);
            }
        }
        return groups.stream()
                .map(QuestionGroup::new)
                .sorted(Comparator.comparingInt(QuestionGroup::size).reversed()
                        .thenComparing(g -> g.questions().get(g.size() - 1).at(), Comparator.reverseOrder()))
                .toList();
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    static Set<String> tokens(String text) {
        String folded = VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return folded.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(folded.split(" ")));
    }
}
