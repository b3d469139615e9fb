package vn.motcua.bot.postal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.bot.understanding.Phrases;
import vn.motcua.knowledge.text.VietnameseText;

/**
 * Reads what a booking message already says: pickup or delivery, an address after "địa chỉ", and
 * what is left once the booking words are gone (it may name the procedure).
 */
final class BookingCues {
    private static final Phrases DELIVERY = Phrases.of(List.of(
            "kết quả", "trả kết quả", "giao kết quả", "nhận kết quả", "gửi kết quả", "ship kết quả", "trả về nhà"));
    private static final Phrases PICKUP = Phrases.of(List.of(
            "lấy hồ sơ", "nhận hồ sơ", "thu gom hồ sơ", "nộp hồ sơ", "gửi hồ sơ", "thu hồ sơ", "đến lấy", "qua lấy",
            "tới lấy", "nộp qua bưu điện", "nộp qua bưu chính"));
    private static final Pattern ADDRESS = Pattern.compile("(?iu)(?:địa chỉ|dia chi|đ/c|d/c|đc:|dc:|nhà ở|nha o)\\s*(?:là|la|:)?\\s*");
    /** Words of a booking request that say nothing about which procedure it is for. */
    private static final Pattern BOOKING_WORDS = Pattern.compile("(?<![a-z0-9])(?:"
            + String.join("|", List.of("dang ky buu dien", "dang ky buu chinh", "dang ky dich vu", "dat lich", "dat",
            "buu dien", "buu chinh", "cong ich", "buu ta", "dich vu", "qua nha", "den nha", "toi nha", "tan nha",
            "tai nha", "ve nha", "lay ho so", "nhan ho so", "thu gom", "nop ho so", "gui ho so", "ho so", "ship",
            "chuyen phat", "ket qua", "giup toi", "giup em", "cho toi", "cho em", "toi muon", "em muon", "minh muon",
            "muon", "de", "den", "qua", "lay", "nop", "nhe", "voi", "thu tuc", "lam"))
            + ")(?![a-z0-9])");

    private BookingCues() {
    }

    static Optional<BookingKind> kind(String text) {
        String folded = VietnameseText.fold(text);
        if (DELIVERY.foundIn(folded)) {
            return Optional.of(BookingKind.DELIVERY);
        }
        return PICKUP.foundIn(folded) ? Optional.of(BookingKind.PICKUP) : Optional.empty();
    }

    /** The text after "địa chỉ" (or "đ/c", "nhà ở"), if the message gives an address. */
    static Optional<String> address(String text) {
        Matcher m = ADDRESS.matcher(text);
        return m.find() ? Optional.of(text.substring(m.end()).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    /** The text before any address, folded, without booking words: "khai sinh" from "đặt bưu điện lấy hồ sơ khai sinh". */
    static String topic(String text) {
        Matcher m = ADDRESS.matcher(text);
        String before = m.find() ? text.substring(0, m.start()) : text;
        String folded = VietnameseText.fold(before).replaceAll("[^a-z0-9 ]", " ");
        return BOOKING_WORDS.matcher(folded).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
