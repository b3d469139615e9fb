package vn.motcua.adapters.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.adapters.KnowledgeFiles;
import vn.motcua.bot.understanding.SectionDetector;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.seed.SeedLoader;
import vn.motcua.knowledge.text.VietnameseText;

class WarmUpQuestionsTest {
    private static final List<String> CUES = new SectionDetector().strongCues();
    private final List<Procedure> seeds = new SeedLoader().load(KnowledgeFiles.seedsOnClasspath());

    @Test
    void eachNameAndExampleAsWrittenUnaccentedMistypedAndWithASectionCue() {
        Procedure p = seeds.get(0);
        List<String> questions = WarmUpQuestions.from(List.of(p), CUES);
        String name = p.name();

        assertThat(questions).contains(name, VietnameseText.fold(name), WarmUpQuestions.withTypo(name));
        assertThat(questions).anyMatch(q -> q.startsWith(name + " ") && CUES.contains(q.substring(name.length() + 1)));
        assertThat(questions).containsAll(p.examples()).containsAll(p.aliases());
        assertThat(questions).hasSize(4 * (1 + p.aliases().size() + p.examples().size()));
    }

    @Test
    void aTypoDropsTheLastLetterOfTheFirstLongestWord() {
        assertThat(WarmUpQuestions.withTypo("đăng ký khai sinh")).isEqualTo("đăn ký khai sinh");
        assertThat(WarmUpQuestions.withTypo("cấp lại căn cước")).isEqualTo("cấp lại căn cướ");
        assertThat(WarmUpQuestions.withTypo("ai ở đâu")).isNull();
    }

    @Test
    void coversEverySeedProcedure() {
        List<String> questions = WarmUpQuestions.from(seeds, CUES);
        Set<String> asked = new HashSet<>(questions);
        assertThat(seeds).allMatch(p -> asked.contains(p.name()));
    }

    @Test
    void aLargeKnowledgeBaseIsSampledEvenly() {
        List<Procedure> many = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            Procedure seed = seeds.get(i % seeds.size());
            many.add(new Procedure("p" + i, null, seed.name() + " số " + i, seed.field(), seed.levels(),
                    seed.agencies(), seed.applicants(), seed.submitAt(), seed.channels(), seed.online(),
                    seed.documents(), seed.steps(), seed.timeLimit(), seed.fee(), seed.feeExemptions(),
                    seed.requirements(), seed.result(), seed.legalBasis(), seed.related(), List.of(), List.of(),
                    seed.source(), seed.lastReviewed(), seed.caveats(), seed.version()));
        }
        List<String> names = WarmUpQuestions.from(many, CUES).stream()
                .filter(q -> q.matches(".* số \\d+") && many.stream().anyMatch(p -> p.name().equals(q))).toList();

        assertThat(names).hasSizeLessThanOrEqualTo(WarmUpQuestions.MAX_PROCEDURES);
        assertThat(names).first().asString().endsWith(" số 0");
        assertThat(names).last().asString().matches(".* số 11\\d\\d\\d");
    }

    /** The warm-up must not tune the JIT on the questions the answers are evaluated on. */
    @Test
    void noneIsAnEvaluationQuestion() throws IOException {
        Path dev = Path.of("../bot/src/test/resources/eval/questions-dev.tsv");
        Set<String> evaluation = Files.readAllLines(dev).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> VietnameseText.fold(line.split("\t")[0]))
                .collect(Collectors.toSet());
        assertThat(evaluation).hasSizeGreaterThan(100);

        assertThat(WarmUpQuestions.from(seeds, CUES)).noneMatch(q -> evaluation.contains(VietnameseText.fold(q)));
    }
}
