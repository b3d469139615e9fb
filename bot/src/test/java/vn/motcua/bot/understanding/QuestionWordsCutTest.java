package vn.motcua.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.ConversationHarness;
import vn.motcua.knowledge.procedure.Procedure;
import vn.motcua.knowledge.text.QuestionWords;
import vn.motcua.knowledge.text.VietnameseSpelling;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * The question's words as the classifier and the section detector cut them without re-reading the
 * text: the same as the plain ways ({@code split(" ")}, pairs joined and the blanked text cut again).
 */
class QuestionWordsCutTest {

    @Test
    void a_word_char_is_what_the_letter_or_number_class_matches() {
        java.util.regex.Pattern wordChar = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]");
        for (int cp = 0; cp <= 0xFFFF; cp++) {
            if (CanonicalText.isWordChar(cp) != wordChar.matcher(Character.toString(cp)).matches()) {
                throw new AssertionError("U+%04X".formatted(cp));
            }
        }
    }

    @Test
    void words_are_counted_as_split_counts_them() {
        Random random = new Random(3);
        String alphabet = "ab đê  \t\n\u000B\f\r\u0001\u2003\u00A0.?";
        List<String> texts = new ArrayList<>(questions());
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(s.toString());
        }
        for (String text : texts) {
            String folded = VietnameseText.fold(text);
            int expected = folded.isBlank() ? 0 : folded.split(" ").length;
            if (IntentClassifier.words(folded) != expected) {
                throw new AssertionError("\"" + folded + "\": " + IntentClassifier.words(folded) + " words, split: " + expected);
            }
        }
    }

    @Test
    void names_are_blanked_as_the_joined_pairs_and_the_cut_text_blank_them() {
        List<Procedure> procedures = ConversationHarness.knowledge().all();
        List<String> questions = new ArrayList<>(questions());
        for (Procedure p : procedures) {
            questions.add(p.name() + " lệ phí bao nhiêu");
            p.aliases().forEach(a -> questions.add("giấy tờ " + a + " ở đâu"));
            questions.addAll(p.examples());
        }
        int blanked = 0;
        for (String q : questions) {
            CanonicalText question = CanonicalText.of(VietnameseText.fold(q));
            for (Procedure p : procedures) {
                CanonicalText fast = SectionDetector.withoutNames(question, p);
                CanonicalText plain = plainWithoutNames(question, p);
                assertThat(fast.text()).isEqualTo(plain.text());
                assertThat(fast.wordCount()).isEqualTo(plain.wordCount());
                for (int i = 0; i < plain.wordCount(); i++) {
                    assertThat(fast.word(i)).isEqualTo(plain.word(i));
                    assertThat(fast.start(i)).isEqualTo(plain.start(i));
                }
                blanked += plain.wordCount() < question.wordCount() ? 1 : 0;
            }
        }
        assertThat(blanked).as("questions with a name blanked").isGreaterThan(100);
    }

    /** The blanking as it was: pairs joined into strings, the text built and cut again. */
    private static CanonicalText plainWithoutNames(CanonicalText question, Procedure p) {
        Set<String> pairs = new HashSet<>();
        Set<String> foreign = new HashSet<>();
        List<String> names = new ArrayList<>(p.aliases());
        names.add(p.name());
        for (String name : names) {
            CanonicalText t = CanonicalText.of(VietnameseText.fold(name));
            for (int i = 0; i < t.wordCount(); i++) {
                String w = t.word(i);
                if (w.length() >= 3 && !VietnameseSpelling.isSyllable(w) && !w.chars().allMatch(Character::isDigit)) {
                    foreign.add(w);
                }
                if (i + 1 < t.wordCount()) {
                    pairs.add(w + " " + t.word(i + 1));
                }
            }
        }
        int n = question.wordCount();
        boolean[] covered = new boolean[n];
        for (int i = 0; i < n; i++) {
            covered[i] = foreign.contains(question.word(i));
        }
        for (int i = 0; i + 1 < n; i++) {
            String pair = question.word(i) + " " + question.word(i + 1);
            if (pairs.contains(pair) && !QuestionWords.isAspect(pair)) {
                covered[i] = true;
                covered[i + 1] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(covered[i] ? "_" : question.word(i));
        }
        return CanonicalText.ofCanonical(out.toString());
    }

    private static List<String> questions() {
        try {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/eval/questions-dev.tsv"), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                out.add(line.split("\t")[0]);
            }
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
