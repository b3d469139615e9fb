package vn.motcua.knowledge.search;

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
import vn.motcua.knowledge.text.VietnameseAnalyzer;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * A question is tokenized once and each word folded and tone-marked by hand; this holds the result
 * equal to what the two Lucene chains it replaced yield (folded field; accent field with its shingle
 * filter), on the bench and seed texts and on random texts of Vietnamese letters, marks (precomposed
 * and combining), digits, punctuation, other scripts and emoji, some longer than the kept tail.
 */
class QuestionSyllablesTest {
    private static final int MAX_TOKENS = 160;
    private final VietnameseAnalyzer analyzer = new VietnameseAnalyzer();
    private final QuestionAnalyzer questions = new QuestionAnalyzer(analyzer);

    @Test
    void equal_to_the_two_lucene_chains_on_real_texts() throws IOException {
        List<String> texts = realTexts();
        assertThat(texts).hasSizeGreaterThan(1000);
        int withAccents = 0;
        for (String text : texts) {
            withAccents += assertSameAsChains(text) ? 1 : 0;
        }
        assertThat(withAccents).isGreaterThan(500);
    }

    @Test
    void equal_to_the_two_lucene_chains_on_random_texts() {
        String[] pieces = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "đ", "Đ", "d", "k", "ng",
            "nh", "th", "tr", "gi", "qu", "ch", "kh", "ph", "s", "x", "w", "z", "A", "Ă", "Ô", "KY", "Ký",
            "á", "à", "ả", "ã", "ạ", "ế", "ờ", "ữ", "ỵ", "ỷ", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323",
            "\u0302", "\u0306", "\u031b", " ", " ", " ", "  ", "\t", "\n", ",", ".", "?", "!", "-", "/", "'",
            "0", "1", "9", "2026", "ﬁ", "ß", "İ", "ǅ", "Ω", "й", "中", "文", "한", "ไทย", "😀", "\uD83D\uDC4D",
            "\u00a0", "\u200b", "\u00ad", "ⅷ", "①", "ｋｙ", "_", "@", "#"};
        Random random = new Random(20261128);
        for (int n = 0; n < 20_000; n++) {
            int length = n % 50 == 0 ? 300 + random.nextInt(400) : random.nextInt(40);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameAsChains(text.toString());
        }
    }

    @Test
    void keeps_the_tail_of_long_messages_like_the_chains() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append(i % 3 == 0 ? "đăng " : "ký" + i + " ");
        }
        assertSameAsChains(text.toString());
        assertThat(questions.syllables(text.toString()).folded()).hasSize(MAX_TOKENS);
        assertThat(questions.syllables(text.toString()).accent()).hasSize(MAX_TOKENS);
    }

    /** Returns whether the text had accents (and so accent bigrams to compare). */
    private boolean assertSameAsChains(String text) {
        QuestionAnalyzer.Syllables syllables = questions.syllables(text);
        assertThat(syllables.folded()).as("folded %s", text).isEqualTo(questions.tokens(text));
        boolean accents = VietnameseText.hasDiacritics(text);
        List<String> expectedAccent = accents
                ? tail(chain(ProcedureFields.NAME + VietnameseAnalyzer.ACCENT_SUFFIX, text)) : List.of();
        assertThat(syllables.accent()).as("accent %s", text).isEqualTo(expectedAccent);
        return accents;
    }

    private List<String> chain(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
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

    private static List<String> tail(List<String> terms) {
        return terms.size() <= MAX_TOKENS ? terms : terms.subList(terms.size() - MAX_TOKENS, terms.size());
    }

    private static List<String> realTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../bench/load/questions.txt"))) {
            if (!line.startsWith("#")) {
                texts.add(line);
            }
        }
        try (Stream<Path> files = Files.list(Path.of("../seeds/procedures"))) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    texts.add(line);
                    texts.add(VietnameseText.fold(line));
                }
            }
        }
        return texts;
    }
}
