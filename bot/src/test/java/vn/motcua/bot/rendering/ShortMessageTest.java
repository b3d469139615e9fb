package vn.motcua.bot.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.message.Reply.Option;

class ShortMessageTest {

    @Test
    void counts_gsm7_and_ucs2_segments() {
        assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
        assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(306))).isEqualTo(2);
        assertThat(SmsText.segments("ă".repeat(70))).isEqualTo(1);
        assertThat(SmsText.segments("ă".repeat(71))).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(150) + "đ")).isEqualTo(3);
        assertThat(SmsText.segments("{".repeat(80))).isEqualTo(1);
        assertThat(SmsText.segments("{".repeat(81))).isEqualTo(2);
    }

    @Test
    void unaccented_keeps_case_and_makes_plain_ascii() {
        assertThat(Unaccented.of("Đăng ký khai sinh – “lệ phí” Ưu tiên…")).isEqualTo("Dang ky khai sinh - \"le phi\" Uu tien...");
        assertThat(SmsText.isGsm7(Unaccented.of("Thủ tục cấp Căn cước: hồ sơ gồm tờ khai, ảnh"))).isTrue();
    }

    @Test
    void an_sms_fits_the_segments_and_keeps_the_options() {
        Reply reply = Reply.withOptions("Đăng ký khai sinh. " + "Hồ sơ gồm tờ khai theo mẫu và giấy chứng sinh. ".repeat(20),
                List.of(new Option("Phí, lệ phí", "tt:x:fees"), new Option("Thời hạn", "tt:x:time")));
        String sms = new ShortMessage(3, false).shape(reply);
        assertThat(SmsText.isGsm7(sms)).isTrue();
        assertThat(SmsText.segments(sms)).isLessThanOrEqualTo(3);
        assertThat(sms).startsWith("Dang ky khai sinh.").contains("...").contains("1. Phi, le phi").contains("2. Thoi han");
        assertThat(sms.length()).isGreaterThan(300);
    }

    @Test
    void with_diacritics_the_same_segments_hold_far_less() {
        Reply reply = Reply.text("Hồ sơ gồm tờ khai theo mẫu và giấy chứng sinh. ".repeat(20));
        String sms = new ShortMessage(2, true).shape(reply);
        assertThat(SmsText.isGsm7(sms)).isFalse();
        assertThat(sms.length()).isLessThanOrEqualTo(134);
        assertThat(sms).startsWith("Hồ sơ gồm").endsWith("...");
    }

    @Test
    void a_short_reply_is_left_whole() {
        assertThat(new ShortMessage(1, false).shape(Reply.text("Xin chào!"))).isEqualTo("Xin chao!");
    }

    @Test
    void numbers_pick_options() {
        assertThat(NumberedOptions.choice(" 2 ")).contains(2);
        assertThat(NumberedOptions.choice("3.")).contains(3);
        assertThat(NumberedOptions.choice("0")).isEmpty();
        assertThat(NumberedOptions.choice("2 ban")).isEmpty();
        assertThat(NumberedOptions.render(Reply.withOptions("Chọn:", List.of(new Option("A", "a"), new Option("B", "b")))))
                .isEqualTo("Chọn:\n\n1. A\n2. B\nNhắn số (1-2) để chọn.");
    }
}
