package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.text.QuestionWords;
import vn.motcua.knowledge.text.VietnameseAnalyzer;
import vn.motcua.knowledge.text.VietnameseSpelling;

/**
 * {@link ProcedureNames#match} (one pass over the names, whole names found from the shared runs, pairs
 * probed by hash) against the rerank as it was before (kept below as the reference: pair sets,
 * {@code containsAll}, sub-list search, map look-ups), on random names and questions.
 */
class ProcedureNamesMatchTest {
    private final QuestionAnalyzer questions = new QuestionAnalyzer(new VietnameseAnalyzer());
    /** Topic words, question words, function words, foreign words and numbers, as folded syllables. */
    private static final String[] WORDS = {"dang", "ky", "khai", "sinh", "giay", "ket", "hon", "can", "cuoc",
            "so", "dat", "xac", "nhan", "doc", "than", "ngan", "hang", "tam", "tru", "lam", "cho", "con", "gi",
            "o", "dau", "la", "cua", "toi", "muon", "the", "nha", "gplx", "vneid", "ct07", "2", "2024", "Aa", "BB"};

    @Test
    void the_match_is_what_the_rerank_computed_before() {
        Random random = new Random(7);
        int boosted = 0;
        int wholeNames = 0;
        int topics = 0;
        for (int round = 0; round < 30_000; round++) {
            int nameCount = random.nextInt(20) == 0 ? 60 + random.nextInt(15) : 1 + random.nextInt(5);
            List<String> aliases = new ArrayList<>();
            for (int i = 1; i < nameCount; i++) {
                aliases.add(text(random, 1 + random.nextInt(5)));
            }
            List<String> examples = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                examples.add(text(random, 2 + random.nextInt(4)));
            }
            Procedure p = ProcedureFixtures.procedure("x", text(random, random.nextInt(7)), aliases, examples);
            List<String> names = new ArrayList<>();
            names.add(p.name());
            names.addAll(aliases);
            // questions built around a name often hold it whole; some are an example word for word
            String question = switch (random.nextInt(4)) {
                case 0 -> text(random, random.nextInt(12));
                case 1 -> text(random, random.nextInt(4)) + " " + names.get(random.nextInt(names.size())) + " "
                        + text(random, random.nextInt(4));
                case 2 -> examples.isEmpty() ? text(random, 3) : examples.get(random.nextInt(examples.size()));
                default -> names.get(random.nextInt(names.size())) + " " + names.get(random.nextInt(names.size()));
            };
            List<String> tokens = questions.tokens(question);
            List<String> expanded = new ArrayList<>(tokens);
            if (random.nextBoolean() && !expanded.isEmpty()) {
                int at = random.nextInt(expanded.size());
                expanded.remove(at);
                List<String> replacement = questions.tokens(text(random, 1 + random.nextInt(3)));
                expanded.addAll(at, random.nextBoolean() ? replacement
                        : questions.tokens(names.get(random.nextInt(names.size()))));
            }
            AnalysedQuestion analysed = analysed(tokens, random.nextInt(5) == 0 ? tokens : expanded);
            Set<String> generic = Set.of("dang ky", "giay xac");
            Set<String> common = random.nextBoolean() ? Set.of("khai sinh") : Set.of();

            ProcedureNames.Match match = ProcedureNames.of(p, questions::tokens)
                    .match(QuestionNames.of(analysed, generic, common));
            Reference reference = new Reference(p, questions);
            ReferenceQuestion q = new ReferenceQuestion(analysed, generic, common);
            long sharing = reference.namesSharingAPair(q);
            float boost = reference.boost(q, sharing);
            List<String> topic = reference.sharedTopic(q, sharing);
            assertThat(Float.floatToRawIntBits(match.boost())).as(question).isEqualTo(Float.floatToRawIntBits(boost));
            assertThat(match.topic()).as(question).isEqualTo(topic);
            boosted += boost > 1f ? 1 : 0;
            wholeNames += reference.wholeNameIn(q, sharing) != null ? 1 : 0;
            topics += topic.isEmpty() ? 0 : 1;
        }
        // the cases that matter came up often
        assertThat(boosted).isGreaterThan(5_000);
        assertThat(wholeNames).isGreaterThan(5_000);
        assertThat(topics).isGreaterThan(5_000);
    }

    private static String text(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    /** Terms as the analyser makes them: every syllable and pair of the question and of its expansion. */
    private static AnalysedQuestion analysed(List<String> tokens, List<String> expanded) {
        Map<String, Float> unigrams = new LinkedHashMap<>();
        Map<String, Float> bigrams = new LinkedHashMap<>();
        for (List<String> run : List.of(tokens, expanded)) {
            for (int i = 0; i < run.size(); i++) {
                unigrams.putIfAbsent(run.get(i), 1f);
                if (i + 1 < run.size()) {
                    bigrams.putIfAbsent(run.get(i) + " " + run.get(i + 1), 1f);
                }
            }
        }
        return new AnalysedQuestion(tokens, expanded, unigrams, bigrams, List.of());
    }

    /** The question's side of the rerank as it was: pairs in a linked set, topic pairs in a list. */
    private static final class ReferenceQuestion {
        final List<String> tokens;
        final List<String> expanded;
        final List<String> adjacentPairs;
        final Set<String> pairSet;
        final List<String> topicPairs = new ArrayList<>();
        final boolean[] everydayPairs;
        final List<String> foreignWords = new ArrayList<>();

        ReferenceQuestion(AnalysedQuestion q, Set<String> genericPairs, Set<String> commonPairs) {
            tokens = q.tokens();
            expanded = q.expanded();
            Set<String> adjacent = new LinkedHashSet<>();
            for (List<String> run : List.of(q.tokens(), q.expanded())) {
                for (int i = 0; i + 1 < run.size(); i++) {
                    adjacent.add(run.get(i) + " " + run.get(i + 1));
                }
            }
            adjacentPairs = List.copyOf(adjacent);
            pairSet = Collections.unmodifiableSet(adjacent);
            List<Boolean> everyday = new ArrayList<>();
            for (String pair : q.bigrams().keySet()) {
                String[] words = pair.split(" ", 2);
                long functionWords = Arrays.stream(words).filter(QuestionWords::isFunctionWord).count();
                if (!genericPairs.contains(pair) && !commonPairs.contains(pair) && functionWords < 2) {
                    topicPairs.add(pair);
                    everyday.add(functionWords == 0);
                }
            }
            everydayPairs = new boolean[everyday.size()];
            for (int i = 0; i < everydayPairs.length; i++) {
                everydayPairs[i] = everyday.get(i);
            }
            for (String word : q.unigrams().keySet()) {
                if (word.length() >= 3 && !VietnameseSpelling.isSyllable(word) && !word.chars().allMatch(Character::isDigit)) {
                    foreignWords.add(word);
                }
            }
        }
    }

    /** The procedure's side as it was: boost, whole name and topic by sets, maps and sub-list search. */
    private static final class Reference {
        final List<List<String>> names = new ArrayList<>();
        final List<Set<String>> pairs = new ArrayList<>();
        final boolean[] namedWhole;
        final Map<String, ProcedureNames.NamePair> namePairs = new HashMap<>();
        final Set<String> officialWords;
        final Set<List<String>> examples = new HashSet<>();

        Reference(Procedure p, QuestionAnalyzer questions) {
            names.add(questions.tokens(p.name()));
            p.aliases().forEach(a -> names.add(questions.tokens(a)));
            p.examples().forEach(e -> examples.add(questions.tokens(e)));
            officialWords = Set.copyOf(names.get(0));
            namedWhole = new boolean[names.size()];
            for (int n = 0; n < names.size(); n++) {
                List<String> name = names.get(n);
                namedWhole[n] = name.size() >= 2
                        ? name.stream().anyMatch(w -> !QuestionWords.contains(w))
                        : name.size() == 1 && name.get(0).length() >= 3 && !VietnameseSpelling.isSyllable(name.get(0))
                                && !name.get(0).chars().allMatch(Character::isDigit);
                Set<String> own = new HashSet<>();
                for (int i = 0; i + 1 < name.size(); i++) {
                    String pair = name.get(i) + " " + name.get(i + 1);
                    own.add(pair);
                    namePairs.merge(pair, new ProcedureNames.NamePair(bit(n), n == 0),
                            (a, b) -> new ProcedureNames.NamePair(a.names() | b.names(), a.official() || b.official()));
                }
                pairs.add(own);
            }
        }

        long namesSharingAPair(ReferenceQuestion q) {
            long mask = 0;
            for (String pair : q.adjacentPairs) {
                ProcedureNames.NamePair held = namePairs.get(pair);
                if (held != null) {
                    mask |= held.names();
                }
            }
            return mask;
        }

        float boost(ReferenceQuestion q, long sharing) {
            float best = 1f;
            for (int n = 0; sharing != 0 && n < names.size(); n++) {
                List<String> name = names.get(n);
                if (name.size() < 2 || (sharing & bit(n)) == 0) {
                    continue;
                }
                int run = longestSharedRun(q.tokens, name);
                if (!q.expanded.equals(q.tokens)) {
                    run = Math.max(run, longestSharedRun(q.expanded, name));
                }
                if (run >= 2) {
                    float factor = 1f + 0.05f * (Math.min(run, 7) - 1) + (run == name.size() ? 0.25f : 0f);
                    best = Math.max(best, factor);
                }
            }
            return best;
        }

        String wholeNameIn(ReferenceQuestion q, long sharing) {
            List<String> best = null;
            for (int n = 0; n < names.size(); n++) {
                List<String> name = names.get(n);
                if (!namedWhole[n] || best != null && name.size() <= best.size()) {
                    continue;
                }
                boolean contained = name.size() == 1
                        ? q.tokens.contains(name.get(0)) || q.expanded.contains(name.get(0))
                        : (sharing & bit(n)) != 0 && q.pairSet.containsAll(pairs.get(n))
                                && (Collections.indexOfSubList(q.tokens, name) >= 0
                                        || Collections.indexOfSubList(q.expanded, name) >= 0);
                if (contained) {
                    best = name;
                }
            }
            return best == null ? null : String.join(" ", best);
        }

        List<String> sharedTopic(ReferenceQuestion q, long sharing) {
            List<String> official = new ArrayList<>();
            List<String> everyday = new ArrayList<>();
            for (int i = 0; i < q.topicPairs.size(); i++) {
                String pair = q.topicPairs.get(i);
                ProcedureNames.NamePair held = namePairs.get(pair);
                if (held == null) {
                    continue;
                }
                if (held.official()) {
                    official.add(pair);
                } else if (q.everydayPairs[i]) {
                    everyday.add(pair);
                }
            }
            for (String word : q.foreignWords) {
                if (officialWords.contains(word)) {
                    official.add(word);
                }
            }
            String wholeName = wholeNameIn(q, sharing);
            if (official.isEmpty() && wholeName == null && everyday.size() < 2) {
                return !q.tokens.isEmpty() && (examples.contains(q.tokens) || examples.contains(q.expanded))
                        ? List.of(String.join(" ", q.tokens)) : List.of();
            }
            List<String> shared = new ArrayList<>(official);
            shared.addAll(everyday);
            if (wholeName != null && !shared.contains(wholeName)) {
                shared.add(wholeName);
            }
            return shared;
        }

        /** The longest common run holding a content word of the question (dynamic programming). */
        private static int longestSharedRun(List<String> question, List<String> name) {
            int best = 0;
            int[][] length = new int[question.size() + 1][name.size() + 1];
            boolean[][] content = new boolean[question.size() + 1][name.size() + 1];
            for (int i = 1; i <= question.size(); i++) {
                for (int j = 1; j <= name.size(); j++) {
                    if (question.get(i - 1).equals(name.get(j - 1))) {
                        length[i][j] = length[i - 1][j - 1] + 1;
                        content[i][j] = content[i - 1][j - 1] || !QuestionWords.contains(question.get(i - 1));
                        if (content[i][j] && length[i][j] > best) {
                            best = length[i][j];
                        }
                    }
                }
            }
            return best;
        }

        private static long bit(int name) {
            return 1L << Math.min(name, 63);
        }
    }
}
