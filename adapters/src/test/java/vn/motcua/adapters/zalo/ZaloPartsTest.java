package vn.motcua.adapters.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.message.Reply;

/** Every part of a long Zalo reply, options and links included, fits in one Zalo message; nothing is cut. */
class ZaloPartsTest {

    @Test
    void every_rendered_part_fits_and_keeps_the_whole_answer() {
        String answer = "Bước một: nộp tờ khai tại Ủy ban nhân dân cấp xã nơi cư trú.\n".repeat(70)
                + "Nguồn: https://dichvucong.gov.vn/p/home/dvc-tthc.html?ma_thu_tuc=1.001193";
        List<Reply.Option> options = List.of(new Reply.Option("Lệ phí ".repeat(40), "le phi"),
                new Reply.Option("Thời hạn giải quyết", "thoi han"));
        Reply reply = new Reply(answer, options, List.of(new Reply.Link("Biểu mẫu", "https://dichvucong.gov.vn/mau")));

        List<Reply> parts = new ZaloSender(null, null, null).parts(reply);

        assertThat(parts).hasSizeGreaterThan(2);
        List<String> rendered = parts.stream().map(ZaloSender::text).toList();
        assertThat(rendered).allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(ZaloSender.MAX_TEXT))
                .noneSatisfy(text -> assertThat(text).endsWith("…"));
        String last = rendered.get(rendered.size() - 1);
        assertThat(last).contains("ma_thu_tuc=1.001193\n\n1. Lệ phí").endsWith("Biểu mẫu: https://dichvucong.gov.vn/mau");
        assertThat(String.join("\n", parts.stream().map(Reply::text).toList())).isEqualTo(answer);
    }
}
