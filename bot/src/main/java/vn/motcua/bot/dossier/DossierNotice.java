package vn.motcua.bot.dossier;

import java.util.List;
import vn.motcua.bot.message.Reply;
import vn.motcua.bot.message.Reply.Option;

/**
 * The message a subscriber gets when their dossier moves: short enough for one or two SMS, no personal
 * data beyond the code they follow; the details stay behind the second factor.
 */
final class DossierNotice {
    static final String STOP_COMMAND = "HỦY THEO DÕI";

    private DossierNotice() {
    }

    static Reply about(Dossier dossier) {
        String code = dossier.code().value();
        String text = "Hồ sơ " + code + " đã chuyển sang: " + dossier.status().officialName() + "."
                + nextStep(dossier.status())
                + " Nhắn " + STOP_COMMAND + " để ngừng nhận tin.";
        return Reply.withOptions(text, List.of(
                new Option("Xem chi tiết", "Tra cứu hồ sơ " + code),
                new Option("Hủy theo dõi", STOP_COMMAND + " " + code)));
    }

    private static String nextStep(DossierStatus status) {
        return switch (status) {
            case MORE_DOCUMENTS -> " Cần bổ sung giấy tờ, nhắn mã hồ sơ để xem chi tiết.";
            case PAYMENT_DUE -> " Cần nộp phí, lệ phí, nhắn mã hồ sơ để xem chi tiết.";
            case DONE -> " Kết quả đã sẵn sàng để nhận.";
            case NOT_ACCEPTED, STOPPED -> " Nhắn mã hồ sơ để xem lý do.";
            default -> "";
        };
    }
}
