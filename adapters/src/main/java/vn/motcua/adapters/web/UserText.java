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
        String cleaned = CONTROL.matcher(VietnameseText.nfc(raw)).replaceAll(" ").strip();
        if (cleaned.isEmpty()) {
            throw new BadRequestException("empty_text", "Vui lòng nhập nội dung câu hỏi.");
        }
        return cleaned;
    }
}
