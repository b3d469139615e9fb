package vn.motcua.bot.postal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.bot.message.Reply.Option;
import vn.motcua.bot.understanding.Phrases;

/**
 * "Sửa": which answer the citizen wants to change ("sửa địa chỉ", "đổi giờ", or picked from the
 * list), and the draft with that answer cleared so the dialogue asks for it again.
 */
final class Corrections {
    /** Option value of "Sửa thông tin"; {@code bc:sua:<field>} picks a field. */
    static final String CHANGE = "bc:sua";
    /** A change starts the message, so "số 5 đường Đổi Mới" stays an address. */
    private static final Pattern CHANGE_WORDS = Pattern.compile("^(?:sua|thay doi|doi|chinh sua|chinh|nhap lai)(?![a-z0-9])");
    /** What "sửa ..." can name, checked in this order (so "số nhà" is the address, not the phone). */
    private static final Map<String, Phrases> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("sdt", Phrases.of(List.of("số điện thoại", "điện thoại", "sđt", "số đt", "đt")));
        FIELDS.put("dc", Phrases.of(List.of("địa chỉ", "số nhà", "nhà", "đường", "tên đường", "phường", "xã", "tỉnh",
                "thành phố")));
        FIELDS.put("tg", Phrases.of(List.of("thời gian", "giờ", "ngày", "lịch", "sáng", "chiều", "hẹn")));
        FIELDS.put("ten", Phrases.of(List.of("họ tên", "tên", "người liên hệ")));
        FIELDS.put("tt", Phrases.of(List.of("thủ tục", "mã hồ sơ", "hồ sơ", "mã")));
        FIELDS.put("dv", Phrases.of(List.of("dịch vụ", "loại")));
    }

    private Corrections() {
    }

    static boolean asked(String content, String folded) {
        return content.startsWith(CHANGE) || (CHANGE_WORDS.matcher(folded).find() && folded.length() <= 40);
    }

    /** The draft without the answer named, or empty when no answer was named (then offer {@link #options}). */
    static Optional<BookingDraft> clear(BookingDraft d, String content, String folded) {
        String field = content.startsWith(CHANGE + ":") ? content.substring(CHANGE.length() + 1)
                : FIELDS.entrySet().stream().filter(e -> e.getValue().foundIn(folded)).map(Map.Entry::getKey)
                .findFirst().orElse("");
        BookingDraft cleared = switch (field) {
            case "dv" -> d.without(BookingDraft.KIND, BookingDraft.PROCEDURE, BookingDraft.DOSSIER);
            case "tt" -> d.without(BookingDraft.PROCEDURE, BookingDraft.DOSSIER);
            case "ten" -> d.without(BookingDraft.NAME);
            case "sdt" -> d.without(BookingDraft.PHONE);
            case "dc" -> d.without(BookingDraft.STREET, BookingDraft.COMMUNE, BookingDraft.PROVINCE,
                    BookingDraft.CANDIDATES);
            case "tg" -> d.without(BookingDraft.WINDOW);
            default -> null;
        };
        return Optional.ofNullable(cleared).map(c -> c.with(BookingDraft.STEP, null));
    }

    static List<Option> options(BookingDraft d) {
        boolean pickup = d.kind().orElse(BookingKind.PICKUP) == BookingKind.PICKUP;
        return List.of(new Option("Dịch vụ", CHANGE + ":dv"), new Option(pickup ? "Thủ tục" : "Mã hồ sơ", CHANGE + ":tt"),
                new Option("Họ tên", CHANGE + ":ten"), new Option("Số điện thoại", CHANGE + ":sdt"),
                new Option("Địa chỉ", CHANGE + ":dc"), new Option("Thời gian", CHANGE + ":tg"));
    }
}
