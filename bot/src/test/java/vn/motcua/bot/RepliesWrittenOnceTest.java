package vn.motcua.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.bot.answering.AnswerWriter;
import vn.motcua.bot.answering.AnsweringQuestion;
import vn.motcua.bot.answering.InMemoryUnansweredQuestions;
import vn.motcua.bot.answering.ShopContact;
import vn.motcua.bot.message.Channel;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.message.Reply.Option;
import vn.motcua.bot.understanding.Intent;
import vn.motcua.bot.understanding.Understanding;

/** Small talk and "I don't know", written once per shop, say what they said when written per message. */
class RepliesWrittenOnceTest {
    private static final List<ShopContact> SHOPS = List.of(ConversationHarness.SHOP,
            new ShopContact("Bộ phận một cửa UBND xã \"A\"", "0243 000\n111", "-"), new ShopContact("", "", ""));

    @Test
    void small_talk_replies_are_those_written_per_message() {
        for (ShopContact shop : SHOPS) {
            SmallTalk talk = new SmallTalk(shop);
            for (Intent intent : Intent.values()) {
                assertThat(talk.about(intent)).as(intent + " for " + shop).isEqualTo(perMessage(shop, intent));
                assertThat(talk.about(intent)).isSameAs(talk.about(intent));
            }
        }
    }

    @Test
    void dont_know_is_the_reply_written_per_message() {
        for (ShopContact shop : SHOPS) {
            AnsweringQuestion answering = new AnsweringQuestion(new AnswerWriter(), shop, new InMemoryUnansweredQuestions(10));
            Understanding none = new Understanding(Intent.OUT_OF_SCOPE, null, List.of(), Understanding.Confidence.NONE);
            String expected = "Xin lỗi, tôi chưa tìm thấy thông tin phù hợp với câu hỏi của bạn. "
                    + "Tôi có thể giải đáp về thủ tục hành chính (giấy tờ, lệ phí, thời hạn, nơi nộp), "
                    + "tra cứu tình trạng hồ sơ và đặt dịch vụ bưu chính công ích. "
                    + "Bạn hãy hỏi ngắn gọn, nêu tên thủ tục, ví dụ: \"đăng ký khai sinh cần giấy tờ gì\".\n"
                    + "Cần hỗ trợ trực tiếp, vui lòng liên hệ " + shop.name() + ", đường dây nóng " + shop.hotline() + ".";
            assertThat(answering.answer("thời tiết", none, Channel.WEB).replies()).containsExactly(Reply.text(expected));
        }
    }

    /** SmallTalk#about as it was: every reply written for every message. */
    private static List<Reply> perMessage(ShopContact shop, Intent intent) {
        String help = "Tôi có thể:\n"
                + "1. Giải đáp thủ tục hành chính: giấy tờ cần nộp, lệ phí, thời hạn, nơi nộp.\n"
                + "2. Tra cứu tình trạng hồ sơ theo mã hồ sơ.\n"
                + "3. Đặt bưu điện đến nhận hồ sơ hoặc trả kết quả tại nhà.\n"
                + "Bạn cứ nhắn câu hỏi, ví dụ: \"làm căn cước cần giấy tờ gì\". "
                + "Gõ HỦY để dừng một thao tác. Hỗ trợ trực tiếp: " + shop.hotline() + ".";
        List<Option> menu = List.of(
                new Option("Hỏi thủ tục", "Tôi muốn hỏi về thủ tục hành chính"),
                new Option("Tra cứu hồ sơ", "Tra cứu hồ sơ"),
                new Option("Đặt bưu chính công ích", "Đặt bưu điện nhận hồ sơ tại nhà"));
        return switch (intent) {
            case GREETING -> List.of(Reply.withOptions(
                    "Xin chào! Tôi là trợ lý ảo của " + shop.name() + ". Tôi có thể giúp gì cho bạn?", menu));
            case HELP -> List.of(Reply.withOptions(help, menu));
            case DOSSIER_STATUS -> List.of(Reply.text(
                    "Để tra cứu tình trạng hồ sơ, bạn nhắn mã hồ sơ in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
                            + " (ví dụ 000.00.21.H42-251103-0012) trong khung chat, Telegram, Zalo hoặc SMS. Để bảo"
                            + " vệ thông tin cá nhân, trợ lý sẽ hỏi thêm 4 số cuối số điện thoại hoặc số định danh"
                            + " của người nộp hồ sơ. Hỗ trợ trực tiếp: " + shop.name() + ", " + shop.hotline() + "."));
            case POSTAL_BOOKING -> List.of(Reply.text(
                    "Để đặt dịch vụ bưu chính công ích, vui lòng liên hệ bưu điện gần nhất hoặc đường dây nóng "
                            + shop.hotline() + "."));
            default -> List.of(Reply.text(help));
        };
    }
}
