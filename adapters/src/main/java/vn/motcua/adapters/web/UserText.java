package vn.motcua.adapters.web;

import java.util.regex.Pattern;
import vn.motcua.knowledge.text.VietnameseText;

/** Checks and cleans text a citizen sent: NFC, no control characters, bounded length. */
final class UserText {
    static final int MAX_LENGTH = 4000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}&&[^\\u200D]]");

    private UserText() {
    }

    /** The cleaned text, or an exception naming what is wrong with it. */
    static String clean(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new BadRequestException("empty_text", "Vui lòng nhập nội dung câu hỏi.");
        }
        if (raw.length() > MAX_LENGTH) {
            throw new BadRequestException("text_too_long",
                    "Câu hỏi quá dài (tối đa " + MAX_LENGTH + " ký tự). Vui lòng hỏi ngắn gọn hơn.");
        }
        String nfc = VietnameseText.nfc(raw);
        String cleaned = (mayHoldControl(nfc) ? CONTROL.matcher(nfc).replaceAll(" ") : nfc).strip();
        if (cleaned.isEmpty()) {
            throw new BadRequestException("empty_text", "Vui lòng nhập nội dung câu hỏi.");
        }
        return cleaned;
    }

    /**
     * Whether {@link #CONTROL} may match: it matches only control and format code points, so a text
     * without such chars (and without surrogates, which may pair into a format code point) is spared
     * the scan.
     */
    static boolean mayHoldControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE) {
                return true;
            }
        }
        return false;
    }
}
