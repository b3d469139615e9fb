package vn.motcua.bot.postal;

import java.util.Optional;
import vn.motcua.bot.answering.ShopContact;

/** What the citizen is told when their booking moves on. */
public class BookingNotices {
    private final ShopContact shop;

    public BookingNotices(ShopContact shop) {
        this.shop = shop;
    }

    public Optional<String> about(Booking b) {
        String ref = b.reference();
        boolean pickup = b.request().kind() == BookingKind.PICKUP;
        String note = b.history().get(b.history().size() - 1).note();
        String reason = note == null || note.isBlank() ? "" : " Lý do: " + note + ".";
        return switch (b.state()) {
            case REQUESTED -> Optional.empty();
            case SENT_TO_POST_OFFICE -> Optional.of("Yêu cầu " + ref + " đã được chuyển cho bưu điện. Bưu tá sẽ gọi số "
                    + b.request().phone().display() + " trước khi đến " + (pickup ? "nhận hồ sơ." : "giao kết quả."));
            case COLLECTED -> Optional.of("Bưu điện đã nhận hồ sơ của bạn (yêu cầu " + ref + ") và sẽ chuyển đến "
                    + shop.name() + ".");
            case DELIVERED -> Optional.of("Bưu điện đã giao kết quả hồ sơ cho bạn (yêu cầu " + ref + ").");
            case DONE -> Optional.of(pickup
                    ? "Hồ sơ của bạn đã được bàn giao cho " + shop.name() + " (yêu cầu " + ref + ")."
                    : "Yêu cầu " + ref + " đã hoàn tất. Cảm ơn bạn đã sử dụng dịch vụ bưu chính công ích.");
            case CANCELLED -> Optional.of("Yêu cầu " + ref + " đã được hủy." + reason
                    + " Cần hỗ trợ, vui lòng gọi " + shop.hotline() + ".");
            case FAILED -> Optional.of("Bưu điện chưa thực hiện được yêu cầu " + ref + "." + reason
                    + " Vui lòng gọi " + shop.hotline() + " để được hỗ trợ.");
        };
    }
}
