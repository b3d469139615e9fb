package vn.motcua.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * Plain Latin text is split by hand as the ICU tokenizer splits it: every Latin-1, Latin Extended and
 * Latin Extended Additional character and every ASCII one in several contexts, random texts mixing
 * letters, digits, punctuation and characters left to the tokenizer, and every line of the seeds and
 * of the bench's questions. Whenever the hand split answers, it must be exactly the tokenizer's words.
 */
class LatinWordsTest {
    private static final VietnameseAnalyzer ANALYZER = new VietnameseAnalyzer();
    private static final String FIELD = "name" + VietnameseAnalyzer.RAW_SUFFIX;
    private static final String[] CONTEXTS = {"%s", "a%sb", "1%s2", "a%s2", "1%sb", "ơ%sư", "a%s", "%sb", " %s ",
            "a %s b", "a%s%sb", "%s.%s", "ký%sự"};

    @Test
    void splits_every_latin_character_in_context_as_the_tokenizer_does() {
        int compared = 0;
        for (char c = 0; c < 0x2100; c++) {
            if (c >= 0x250 && c < 0x1E00 && c % 7 != 0 || Character.isSurrogate(c)) {
                continue; // the hand split leaves these to the tokenizer; a sample is enough
            }
            for (String context : CONTEXTS) {
                compared += compare(context.replace("%s", String.valueOf(c))) ? 1 : 0;
            }
        }
        assertThat(compared).as("texts the hand split answered").isGreaterThan(8_000);
    }

    @Test
    void splits_random_texts_as_the_tokenizer_does() {
        Random random = new Random(20261128);
        List<String> pieces = new ArrayList<>(List.of("a", "b", "z", "A", "Z", "0", "9", "12", "đ", "Đ", "ơ", "ư",
                "ă", "â", "ê", "ô", "ạ", "ả", "ấ", "ầ", "ẩ", "ẫ", "ậ", "ỳ", "ỹ", "é", "ü", "ß", "ñ", "ǃ", "ȶ",
                " ", " ", " ", "  ", "\t", "\n", "\r\n", ".", ",", ":", ";", "'", "?", "!", "-", "/", "(", ")", "\"", "_",
                "@", "#", "$", "%", "&", "*", "+", "=", "<", ">", "[", "]", "{", "}", "|", "~", "^", "`", "\\",
                "\u0301", "\u00a0", "\u2019", "\u00d7", "\u000b", "\u0085", "😀", "漢", "ｆ", "…", "–", "·"));
        for (char c = 'a'; c <= 'z'; c++) {
            pieces.add(String.valueOf(c));
        }
        int compared = 0;
        for (int n = 0; n < 60_000; n++) {
            StringBuilder text = new StringBuilder();
            // most texts only from what the hand split answers, some with a character it leaves alone
            int range = n % 3 == 0 ? pieces.size() : pieces.indexOf("_");
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(pieces.get(random.nextInt(range)));
            }
            compared += compare(text.toString()) ? 1 : 0;
        }
        assertThat(compared).as("texts the hand split answered").isGreaterThan(30_000);
    }

    @Test
    void splits_the_seeds_and_the_bench_questions_as_the_tokenizer_does() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("../bench/load/questions.txt")));
        try (Stream<Path> files = Files.list(Path.of("../seeds/procedures"))) {
            for (Path file : files.toList()) {
                lines.addAll(Files.readAllLines(file));
            }
        }
        int compared = 0;
        for (String line : lines) {
            compared += compare(line) ? 1 : 0;
        }
        assertThat(compared).as("lines the hand split answered").isGreaterThan(lines.size() / 3);
    }

    @Test
    void leaves_long_texts_to_the_tokenizer() {
        assertThat(LatinWords.split("a ".repeat(2049))).isNull();
        assertThat(LatinWords.split("a ".repeat(2048))).hasSize(2048);
    }

    /** Whether the hand split answered (and then agreed with the tokenizer). */
    private static boolean compare(String text) {
        List<String> words = LatinWords.split(text);
        if (words == null) {
            return false;
        }
        assertThat(words).as("%s", text.codePoints().mapToObj(Integer::toHexString).toList()).isEqualTo(tokenizer(text));
        return true;
    }

    private static List<String> tokenizer(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
