package vn.motcua.bot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.Assistant;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.bot.eval.AskEvaluation.Figures;
import vn.motcua.bot.eval.AskEvaluation.Question;

/**
 * The evaluation command: labelled questions through the real ask pipeline ({@link Assistant#ask},
 * as {@code POST /api/v1/ask} runs it, over the seed knowledge base and synonyms), as typed and with
 * every diacritic stripped. Fails below the targets on the dev set.
 *
 * <p>Another file: {@code -Deval.questions=PATH -Deval.strict=false}. Report: {@code target/eval/}.
 */
class AskEvaluationTest {
    private static final double TOP1 = 0.92;
    private static final double TOP3 = 0.98;
    private static final double SPECIAL_CLASS = 0.95;
    private static final double SECTION = 0.85;
    private static final double UNACCENTED_GAP = 0.02;

    @Test
    void dev_set_meets_the_targets_with_and_without_diacritics() throws IOException {
        String file = System.getProperty("eval.questions");
        boolean strict = Boolean.parseBoolean(System.getProperty("eval.strict", "true"));
        List<Question> questions;
        String name;
        if (file == null || file.isBlank()) {
            name = "questions-dev.tsv";
            try (InputStream in = getClass().getResourceAsStream("/eval/questions-dev.tsv")) {
                questions = AskEvaluation.read(in);
            }
        } else {
            name = Path.of(file).getFileName().toString();
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                questions = AskEvaluation.read(in);
            }
        }
        Assistant assistant = ConversationHarness.web().assistant();
        Figures typed = AskEvaluation.run(questions, assistant::ask, UnaryOperator.identity());
        Figures stripped = AskEvaluation.run(questions, assistant::ask, AskEvaluation::withoutDiacritics);
        String report = "Evaluation of " + name + " (" + questions.size() + " questions)\n\nAs typed:\n"
                + typed.summary() + "\nWithout diacritics:\n" + stripped.summary()
                + "\nMisses as typed:\n  " + String.join("\n  ", typed.misses())
                + "\n\nMisses without diacritics:\n  " + String.join("\n  ", stripped.misses()) + "\n";
        Path out = Path.of("target", "eval", name.replaceAll("\\.tsv$", "") + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
        if (!strict) {
            return;
        }
        String figures = typed.summary() + "without diacritics:\n" + stripped.summary() + "(report: " + out + ")";
        assertThat(typed.top1()).as("top-1\n" + figures).isGreaterThanOrEqualTo(TOP1);
        assertThat(typed.top3()).as("top-3\n" + figures).isGreaterThanOrEqualTo(TOP3);
        for (String special : AskEvaluation.SPECIAL.keySet()) {
            assertThat(typed.intentAccuracy().getOrDefault(special, 1.0))
                    .as(String.format(Locale.ROOT, "intent %s%n%s", special, figures))
                    .isGreaterThanOrEqualTo(SPECIAL_CLASS);
        }
        assertThat(typed.sectionAccuracy()).as("section\n" + figures).isGreaterThanOrEqualTo(SECTION);
        assertThat(stripped.top1()).as("top-1 without diacritics\n" + figures)
                .isGreaterThanOrEqualTo(typed.top1() - UNACCENTED_GAP);
    }
}
