package vn.motcua.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.knowledge.KnowledgeBase;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.search.SearchHit;

/**
 * Understanding reads the question once ({@link ProcedureCatalog#read}); this checks it understands
 * exactly as when the question was normalised and then searched by its text (a catalog that only
 * offers those two), on the evaluation questions with and without diacritics, every seed name, alias
 * and example, and 1,500 mutations of them (2,600 questions).
 */
class ReadingOnceTest {
    @Test
    void understands_as_normalising_then_searching_the_text() throws IOException {
        KnowledgeBase kb = ConversationHarness.knowledge();
        IntentClassifier once = IntentClassifier.standard(new KnowledgeBaseCatalog(kb));
        IntentClassifier twice = IntentClassifier.standard(new TextOnly(new KnowledgeBaseCatalog(kb)));
        List<String> questions = questions(kb);
        int procedures = 0;
        for (String question : questions) {
            Understanding expected = twice.understand(question);
            assertThat(once.understand(question)).as(question).isEqualTo(expected);
            if (expected.intent() == Intent.PROCEDURE) {
                procedures++;
            }
        }
        assertThat(questions).hasSizeGreaterThan(2_500);
        assertThat(procedures).as("questions answered with a procedure").isGreaterThan(1_000);
    }

    /** A catalog with only the text methods: the default reading normalises, then searches the text. */
    private record TextOnly(ProcedureCatalog catalog) implements ProcedureCatalog {
        @Override
        public List<SearchHit> search(String question, int limit) {
            return catalog.search(question, limit);
        }

        @Override
        public Optional<Procedure> find(String id) {
            return catalog.find(id);
        }

        @Override
        public String normalize(String question) {
            return catalog.normalize(question);
        }
    }

    private static List<String> questions(KnowledgeBase kb) throws IOException {
        List<String> base = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/eval/questions-dev.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String text = line.split("\t")[0];
            base.add(text);
            base.add(Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .replace('đ', 'd').replace('Đ', 'D'));
        }
        for (Procedure p : kb.all()) {
            base.add(p.name());
            base.addAll(p.aliases());
            base.addAll(p.examples());
        }
        List<String> out = new ArrayList<>(base);
        Random random = new Random(20261128);
        String[] extras = {"hồ sơ của em tới đâu rồi", "dk", "j", "lệ phí", "ở đâu", "ạ", "ko", "?", "xin chào",
                "bưu điện", "giấy tờ gì", "bao lâu"};
        for (int n = 0; n < 1_500; n++) {
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
