package vn.motcua.bot;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.motcua.bot.answering.ShopContact;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.message.Reply.Option;
import vn.motcua.bot.understanding.Intent;

/** Greetings, help, and what to say for an intent no flow handles on this installation. */
public class SmallTalk {
    private final ShopContact shop;
    /** The replies depend on the intent and the shop alone: written once, not for every message. */
    private final Map<Intent, List<Reply>> written = new EnumMap<>(Intent.class);

    public SmallTalk(ShopContact shop) {
        this.shop = shop;
        for (Intent intent : Intent.values()) {
            written.put(intent, write(intent));
        }
    }

    public List<Reply> about(Intent intent) {
        return written.get(intent);
    }

    private List<Reply> write(Intent intent) {
        return switch (intent) {
            case GREETING -> List.of(Reply.withOptions(
                    "Xin chào! Tôi là trợ lý ảo của " + shop.name() + ". Tôi có thể giúp gì cho bạn?", menu()));
            case HELP -> List.of(Reply.withOptions(help(), menu()));
            case DOSSIER_STATUS -> List.of(Reply.text(
                    "Để tra cứu tình trạng hồ sơ, bạn nhắn mã hồ sơ in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
                            + " (ví dụ 000.00.21.H42-251103-0012) trong khung chat, Telegram, Zalo hoặc SMS. Để bảo"
                            + " vệ thông tin cá nhân, trợ lý sẽ hỏi thêm 4 số cuối số điện thoại hoặc số định danh"
                            + " của người nộp hồ sơ. Hỗ trợ trực tiếp: " + shop.name() + ", " + shop.hotline() + "."));
            case POSTAL_BOOKING -> List.of(Reply.text(
                    "Để đặt dịch vụ bưu chính công ích, vui lòng liên hệ bưu điện gần nhất hoặc đường dây nóng "
                            + shop.hotline() + "."));
            default -> List.of(Reply.text(help()));
        };
    }

    /** When a store (dossiers, bookings, the dialogue itself) cannot be reached for a moment. */
    public String briefUnavailability() {
        return "Xin lỗi, hệ thống tra cứu và đặt lịch đang tạm gián đoạn trong ít phút. "
                + "Bạn vui lòng thử lại sau, hoặc gọi " + shop.hotline() + " nếu cần gấp. "
                + "Các câu hỏi về thủ tục hành chính tôi vẫn trả lời được.";
    }

    private String help() {
        return "Tôi có thể:\n"
                + "1. Giải đáp thủ tục hành chính: giấy tờ cần nộp, lệ phí, thời hạn, nơi nộp.\n"
                + "2. Tra cứu tình trạng hồ sơ theo mã hồ sơ.\n"
                + "3. Đặt bưu điện đến nhận hồ sơ hoặc trả kết quả tại nhà.\n"
                + "Bạn cứ nhắn câu hỏi, ví dụ: \"làm căn cước cần giấy tờ gì\". "
                + "Gõ HỦY để dừng một thao tác. Hỗ trợ trực tiếp: " + shop.hotline() + ".";
    }

    private static List<Option> menu() {
        return List.of(
                new Option("Hỏi thủ tục", "Tôi muốn hỏi về thủ tục hành chính"),
                new Option("Tra cứu hồ sơ", "Tra cứu hồ sơ"),
                new Option("Đặt bưu chính công ích", "Đặt bưu điện nhận hồ sơ tại nhà"));
    }
}
