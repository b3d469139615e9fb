package vn.motcua.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.synonym.Synonym;

/**
 * A question analysed once and passed along normalises and searches exactly as its text does, and a
 * reading made before an edit (new vocabulary, new synonyms) searches as the text would after it.
 */
class QuestionAnalysisTest {
    private ProcedureIndex index;

    @BeforeEach
    void build() {
        index = ProcedureFixtures.sampleIndex();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void normalises_and_searches_as_the_text_does() throws IOException {
        List<String> questions = questions();
        for (String question : questions) {
            QuestionAnalysis analysis = index.analyse(question);
            assertThat(analysis.question()).isSameAs(question);
            assertThat(analysis.normalized()).as(question).isEqualTo(index.normalize(question));
            assertThat(index.search(analysis, 10)).as(question).isEqualTo(index.search(question, 10));
            assertThat(index.search(analysis, 0)).isEmpty();
        }
        assertThat(questions).hasSizeGreaterThan(2_000);
    }

    @Test
    void a_reading_made_before_an_edit_searches_as_the_text_after_it() {
        String question = "làm chíp hết bao lâu";
        QuestionAnalysis beforeSynonym = index.analyse(question);
        List<SearchHit> unknown = index.search(beforeSynonym, 5);
        index.useSynonyms(List.of(new Synonym("làm chíp", "làm thẻ căn cước")));
        assertThat(index.search(beforeSynonym, 5)).isEqualTo(index.search(question, 5)).isNotEqualTo(unknown);

        String typo = "dang ky nuoii con nuoi";
        QuestionAnalysis beforeProcedure = index.analyse(typo);
        index.put(ProcedureFixtures.procedure("nuoi.con-nuoi", "Đăng ký nuôi con nuôi", List.of(), List.of()));
        assertThat(index.normalize(typo)).as("%s then %s", beforeProcedure.normalized(), index.normalize(typo)).isNotEqualTo(beforeProcedure.normalized());
        assertThat(index.search(beforeProcedure, 5)).isEqualTo(index.search(typo, 5));
        assertThat(index.search(beforeProcedure, 5).get(0).procedure().publicId()).isEqualTo("nuoi.con-nuoi");
    }

    /** The bench's questions, every fixture name, alias and example, and mutations of them. */
    private static List<String> questions() throws IOException {
        List<String> base = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../bench/load/questions.txt"))) {
            if (!line.startsWith("#")) {
                base.add(line);
            }
        }
        for (Procedure p : ProcedureFixtures.sample()) {
            base.add(p.name());
            base.addAll(p.aliases());
            base.addAll(p.examples());
        }
        List<String> out = new ArrayList<>(base);
        Random random = new Random(20261128);
        String[] extras = {"CCCD", "dk", "j", "sổ hồng", "ạ", "ko", "?", "3,5", "a.b", "😀", ""};
        for (int n = 0; n < 2_000; n++) {
            String q = base.get(random.nextInt(base.size()));
            int at = random.nextInt(q.length());
            out.add(switch (n % 4) {
                case 0 -> q.substring(0, at) + q.substring(at + 1);
                case 1 -> q.substring(0, at) + (char) ('a' + random.nextInt(26)) + q.substring(at);
                case 2 -> extras[random.nextInt(extras.length)] + " " + q;
                default -> q.toUpperCase(Locale.ROOT) + " " + extras[random.nextInt(extras.length)];
            });
        }
        return out;
    }
}
