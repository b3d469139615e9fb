package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.text.VietnameseAnalyzer;

class ProcedureNamesTest {
    private final QuestionAnalyzer questions = new QuestionAnalyzer(new VietnameseAnalyzer());

    /** The one-row run comparison must find what the two-row one it replaced found. */
    @Test
    void the_one_row_run_comparison_agrees_with_the_two_row_one() {
        Random random = new Random(11);
        String[] vocabulary = {"dang", "ki", "khai", "sinh", "cho", "con", "gi", "lam", "giay", "o"};
        int longer = 0;
        for (int round = 0; round < 200_000; round++) {
            String[] a = words(random, vocabulary, random.nextInt(30));
            String[] b = words(random, vocabulary, random.nextInt(12));
            boolean[] content = new boolean[a.length];
            for (int i = 0; i < content.length; i++) {
                content[i] = random.nextInt(3) > 0;
            }
            int expected = twoRowRun(List.of(a), hashes(a), content, List.of(b), hashes(b));
            assertThat(ProcedureNames.longestSharedRun(a, hashes(a), content, b, hashes(b))).isEqualTo(expected);
            longer += expected >= 3 ? 1 : 0;
        }
        assertThat(longer).isGreaterThan(1000);
    }

    @Test
    void pairs_are_found_exactly_when_a_name_holds_them() {
        var p = ProcedureFixtures.procedure("x", "Đăng ký khai sinh", List.of("làm giấy khai sinh", "khai sinh cho con"),
                List.of("làm giấy khai sinh cần gì"));
        ProcedureNames names = ProcedureNames.of(p, questions::tokens);
        assertThat(names.pair("khai sinh")).isEqualTo(new ProcedureNames.NamePair(0b111, true));
        assertThat(names.pair("giay khai")).isEqualTo(new ProcedureNames.NamePair(0b010, false));
        assertThat(names.pair("sinh cho")).isEqualTo(new ProcedureNames.NamePair(0b100, false));
        // many pairs no name holds, whatever their hash codes
        List<String> syllables = List.of("dang", "ki", "khai", "sinh", "lam", "giay", "cho", "con", "ket", "hon", "tu");
        int absent = 0;
        for (String first : syllables) {
            for (String second : syllables) {
                String pair = first + " " + second;
                boolean held = List.of("dang ki", "ki khai", "khai sinh", "lam giay", "giay khai", "sinh cho", "cho con")
                        .contains(pair);
                assertThat(names.pair(pair) != null).as(pair).isEqualTo(held);
                absent += held ? 0 : 1;
            }
        }
        assertThat(absent).isGreaterThan(100);
    }

    @Test
    void a_question_is_an_example_only_when_it_is_one_syllable_for_syllable() {
        var p = ProcedureFixtures.procedure("x", "Đăng ký khai sinh", List.of(),
                List.of("làm giấy khai sinh cần gì", "khai sinh ở đâu"));
        ProcedureNames names = ProcedureNames.of(p, questions::tokens);
        assertThat(names.isExample(question("khai sinh ở đâu"))).isTrue();
        assertThat(names.isExample(question("lam giay khai sinh can gi"))).isTrue();
        assertThat(names.isExample(question("khai sinh ở đâu vậy"))).isFalse();
        assertThat(names.isExample(question("đâu khai sinh ở"))).isFalse();
        var noExamples = ProcedureNames.of(ProcedureFixtures.procedure("y", "Đăng ký khai sinh", List.of(), List.of()),
                questions::tokens);
        assertThat(noExamples.isExample(question("khai sinh ở đâu"))).isFalse();
    }

    private QuestionNames question(String text) {
        List<String> tokens = questions.tokens(text);
        Map<String, Float> unigrams = tokens.stream().distinct().collect(Collectors.toMap(t -> t, t -> 1f));
        AnalysedQuestion q = new AnalysedQuestion(tokens, tokens, unigrams, Map.of(), List.of());
        return QuestionNames.of(q, java.util.Set.of(), java.util.Set.of());
    }

    private static String[] words(Random random, String[] vocabulary, int length) {
        String[] out = new String[length];
        for (int i = 0; i < length; i++) {
            // a fresh string each time: equal words must be compared by content
            out[i] = new String(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return out;
    }

    private static int[] hashes(String[] words) {
        int[] out = new int[words.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = words[i].hashCode();
        }
        return out;
    }

    /** The comparison as it was before the one-row version, kept here as the reference. */
    private static int twoRowRun(List<String> a, int[] aHashes, boolean[] aContent, List<String> b, int[] bHashes) {
        int best = 0;
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        boolean[] previousContent = new boolean[b.size() + 1];
        boolean[] currentContent = new boolean[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            String word = a.get(i - 1);
            int hash = aHashes[i - 1];
            for (int j = 1; j <= b.size(); j++) {
                if (hash == bHashes[j - 1] && word.equals(b.get(j - 1))) {
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
