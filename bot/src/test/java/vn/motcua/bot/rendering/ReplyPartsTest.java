package vn.motcua.bot.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.message.Reply;

class ReplyPartsTest {
    private static final String SENTENCE = "Người dân nộp tờ khai đăng ký khai sinh cùng giấy chứng sinh tại Ủy ban nhân dân cấp xã. ";
    private static final String SOURCE = "Nguồn: https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193";

    /** Paragraphs of whole sentences, about 5,000 characters, the source line last. */
    private static String longAnswer() {
        StringBuilder text = new StringBuilder();
        for (int p = 1; text.length() < 5000; p++) {
            text.append("Bước ").append(p).append(": ").append(SENTENCE.repeat(3).strip()).append("\n\n");
        }
        return Normalizer.normalize(text.append(SOURCE).toString(), Normalizer.Form.NFC);
    }

    /** The words of a text, whatever whitespace lies between them: what a split may not change. */
    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    private static List<String> words(List<String> parts) {
        return words(String.join(" ", parts));
    }

    @Test
    void a_long_answer_is_split_between_paragraphs_with_nothing_lost() {
        String answer = longAnswer();
        List<String> parts = ReplyParts.split(answer, 2000);

        assertThat(parts).hasSizeGreaterThan(2).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(2000));
        assertThat(String.join("\n\n", parts)).isEqualTo(answer);
        assertThat(parts).allSatisfy(part -> assertThat(part).startsWith("Bước ").doesNotEndWith("\n"));
        assertThat(parts.get(parts.size() - 1)).endsWith(SOURCE);
        assertThat(parts).allSatisfy(part -> assertThat(Normalizer.isNormalized(part, Normalizer.Form.NFC)).isTrue());
    }

    @Test
    void a_short_text_stays_whole() {
        assertThat(ReplyParts.split("Xin chào", 2000)).containsExactly("Xin chào");
        assertThat(ReplyParts.split("", 2000)).containsExactly("");
        assertThat(ReplyParts.split("x".repeat(2000), 2000)).containsExactly("x".repeat(2000));
    }

    @Test
    void one_overlong_line_is_split_after_a_sentence() {
        String line = SENTENCE.repeat(40).strip(); // one paragraph, no line break
        List<String> parts = ReplyParts.split(line, 500);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(500);
            assertThat(part).startsWith("Người dân").endsWith("cấp xã.");
        });
        assertThat(words(parts)).isEqualTo(words(line));
    }

    @Test
    void without_sentence_ends_it_splits_between_words_never_inside_a_word_or_url() {
        String url = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193";
        String text = ("giấy tờ tùy thân hộ chiếu căn cước " + url + " ").repeat(30).strip();
        List<String> parts = ReplyParts.split(text, 150);

        List<String> words = words(text);
        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(150);
            assertThat(words).containsAll(words(part)); // every piece a whole word: none was cut
        });
        assertThat(words(parts)).isEqualTo(words);
    }

    @Test
    void a_single_word_longer_than_a_message_is_cut_as_a_last_resort_never_between_surrogates() {
        String word = "a" + "😀".repeat(10); // 21 chars, no space anywhere
        List<String> parts = ReplyParts.split(word, 4);

        assertThat(String.join("", parts)).isEqualTo(word);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(4);
            assertThat(Character.isLowSurrogate(part.charAt(0))).isFalse();
        });
    }

    @Test
    void options_links_and_feedback_go_with_the_last_part_only_and_it_leaves_room_for_them() {
        List<Reply.Option> options = List.of(new Reply.Option("Lệ phí", "le phi"), new Reply.Option("Thời hạn", "thoi han"));
        List<Reply.Link> links = List.of(new Reply.Link("Cổng DVC", "https://dichvucong.gov.vn"));
        Reply reply = new Reply(longAnswer(), options, links, true);

        List<Reply> parts = ReplyParts.split(reply, 2000, 300);

        assertThat(parts).hasSizeGreaterThan(2);
        for (Reply part : parts.subList(0, parts.size() - 1)) {
            assertThat(part.options()).isEmpty();
            assertThat(part.links()).isEmpty();
            assertThat(part.takesFeedback()).isFalse();
            assertThat(part.text().length()).isLessThanOrEqualTo(2000);
        }
        Reply last = parts.get(parts.size() - 1);
        assertThat(last.options()).isEqualTo(options);
        assertThat(last.links()).isEqualTo(links);
        assertThat(last.takesFeedback()).isTrue();
        assertThat(last.text().length()).isLessThanOrEqualTo(1700);
        assertThat(last.text()).endsWith(SOURCE);
        assertThat(String.join("\n\n", parts.stream().map(Reply::text).toList())).isEqualTo(reply.text());
    }

    @Test
    void a_reply_that_fits_is_left_as_it_is() {
        Reply reply = new Reply("Xin chào", List.of(new Reply.Option("Có", "co")), List.of(), true);
        assertThat(ReplyParts.split(reply, 2000, 100)).containsExactly(reply);
    }
}
