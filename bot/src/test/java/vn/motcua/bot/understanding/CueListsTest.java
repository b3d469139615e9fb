package vn.motcua.bot.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.knowledge.text.VietnameseText;

/** Reading lists together finds what reading each list alone finds. */
class CueListsTest {
    private static final List<Phrases> LISTS = List.of(
            Phrases.of(List.of("hồ sơ của tôi", "đến đâu rồi", "tới đâu", "mã hồ sơ", "xong chưa")),
            Phrases.of(List.of("hồ sơ", "hs", "biên nhận")),
            Phrases.of(List.of("bưu điện", "ship", "về nhà", "tại nhà")),
            Phrases.of(List.of("đặt", "book", "đến lấy", "trả kết quả")),
            Phrases.of(List.of("xin chào", "chào", "hi", "alo")),
            Phrases.of(List.of("đăng ký", "ký", "ky")));
    private final CueLists cues = new CueLists(LISTS.subList(0, 5).toArray(Phrases[]::new));

    @Test
    void a_list_is_found_in_a_text_exactly_when_it_is_found_alone() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/questions-dev.tsv"), StandardCharsets.UTF_8)) {
            texts.add(line.split("\t")[0]);
        }
        String[] words = {"hồ", "sơ", "của", "tôi", "đến", "đâu", "rồi", "hs", "bưu", "điện", "ship", "đặt", "chào",
                "hi", "thi", "xin", "nhà", "về", "tại", "ký", "kỳ", "đăng", ",", "?", "lấy", "trả", "kết", "quả"};
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(8); j >= 0; j--) {
                s.append(words[random.nextInt(words.length)]).append(random.nextInt(6) == 0 ? "" : " ");
            }
            texts.add(s.toString());
        }
        int found = 0;
        for (String t : texts) {
            CanonicalText text = CanonicalText.of(VietnameseText.fold(t));
            CueLists.Reading reading = cues.on(text);
            for (Phrases list : LISTS) {
                boolean alone = list.foundIn(text);
                if (reading.found(list) != alone) {
                    throw new AssertionError("\"" + t + "\", list " + LISTS.indexOf(list) + ": alone " + alone);
                }
                found += alone ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(10_000);
    }
}
