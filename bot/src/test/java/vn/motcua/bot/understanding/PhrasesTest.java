package vn.motcua.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.text.VietnameseSpelling;
import vn.motcua.knowledge.text.VietnameseText;

class PhrasesTest {

    @Test
    void a_phrase_matches_whole_words_only() {
        Phrases greeting = Phrases.of(List.of("hi", "xin chào"));
        assertThat(greeting.foundIn("hi ban")).isTrue();
        assertThat(greeting.foundIn("ban oi, hi!")).isTrue();
        assertThat(greeting.foundIn("thi bang lai")).isFalse();
        assertThat(greeting.foundIn("hiện tại")).isFalse();
        assertThat(greeting.foundIn("xin chao")).isTrue();
        assertThat(greeting.foundIn("xin chaoo")).isFalse();
    }

    @Test
    void both_spellings_of_i_and_y_are_one_phrase() {
        Phrases registration = Phrases.of(List.of("đăng ký"));
        assertThat(registration.foundIn("dang ki tam tru")).isTrue();
        assertThat(registration.foundIn("dang ky tam tru")).isTrue();
        assertThat(Phrases.canonical("dang ky, ly do, quy trinh")).isEqualTo("dang ki, li do, quy trinh");
    }

    @Test
    void punctuation_between_words_breaks_a_phrase() {
        Phrases status = Phrases.of(List.of("hồ sơ đến đâu"));
        assertThat(status.foundIn("ho so den dau roi")).isTrue();
        assertThat(status.foundIn("ho so, den dau roi")).isFalse();
    }

    @Test
    void matches_come_leftmost_first_and_at_one_place_the_earlier_phrase_wins() {
        Phrases topics = Phrases.of(List.of("thời tiết", "dự báo thời tiết", "giá", "giá vàng"));
        assertThat(topics.foundAll("du bao thoi tiet va gia vang hom nay"))
                .containsExactly("du bao thoi tiet", "gia");
        assertThat(Phrases.longestFirst(List.of("gia", "gia vang")).foundAll("gia vang, gia"))
                .containsExactly("gia vang", "gia");
    }

    @Test
    void a_phrase_must_start_with_a_letter_or_a_digit() {
        assertThatThrownBy(() -> Phrases.of(List.of("?hỏi"))).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The one-pass matcher finds what the regular expression it replaced found, on the evaluation
     * questions, folded and with punctuation, for cue lists with shared first words and nested phrases.
     */
    @Test
    void finds_what_the_alternation_of_the_phrases_finds() throws IOException {
        List<String> phrases = List.of("hồ sơ", "hs", "mã hồ sơ", "hồ sơ đến đâu", "đến đâu", "đến đâu rồi", "bao lâu",
                "có giá trị bao lâu", "giá trị", "giá", "phí", "lệ phí", "đăng ký", "ký", "bưu điện", "tại nhà", "hi",
                "chào", "xin chào", "cần gì", "giấy tờ", "ở đâu", "đâu", "vneid", "2", "12 tháng");
        List<String> texts = new ArrayList<>(List.of("", " ", "!!", "hồ sơ, đến đâu rồi", "hs hs hs", "giá trị_bao lâu",
                "phí-lệ phí", "ký, ký.", "đăng  ký", "chào…xin chào", "12 tháng 2", "x2 2x 2", "ｈｉ hi"));
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/questions-dev.tsv"), StandardCharsets.UTF_8)) {
            texts.add(line.split("\t")[0]);
        }
        Phrases fast = Phrases.of(phrases);
        Pattern reference = referencePattern(phrases);
        for (String text : texts) {
            String folded = VietnameseText.fold(text);
            String canonical = referenceCanonical(folded);
            List<String> expected = reference.matcher(canonical).results().map(MatchResult::group).toList();
            assertThat(fast.foundAll(folded)).as(text).isEqualTo(expected);
            assertThat(fast.foundIn(folded)).as(text).isEqualTo(!expected.isEmpty());
            assertThat(Phrases.canonical(folded)).as(text).isEqualTo(canonical);
        }
    }

    private static Pattern referencePattern(List<String> phrases) {
        String alternatives = phrases.stream()
                .map(p -> referenceCanonical(VietnameseText.fold(p)))
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    private static String referenceCanonical(String folded) {
        return Pattern.compile("[\\p{L}\\p{N}]+").matcher(folded).replaceAll(m -> VietnameseSpelling.canonical(m.group()));
    }
}
