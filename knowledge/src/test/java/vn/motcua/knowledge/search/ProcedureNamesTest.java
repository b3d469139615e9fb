package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.text.VietnameseAnalyzer;

class ProcedureNamesTest {
    private final QuestionAnalyzer questions = new QuestionAnalyzer(new VietnameseAnalyzer());

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
}
